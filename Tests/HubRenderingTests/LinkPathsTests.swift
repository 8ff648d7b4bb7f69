import Testing
@testable import HubRendering

@Test func renderingModuleLinksRelativePaths() {
    #expect(LinkPaths.relative(from: "reviews/child-a/", to: "themes/") == "../../themes/")
    #expect(LinkPaths.relative(from: "", to: "") == "./")
}
