import Testing
@testable import HubModel

@Test func relativeLinksClimbToTheSiteRoot() {
    #expect(LinkPaths.relative(from: "reviews/child-a/", to: "themes/") == "../../themes/")
    #expect(LinkPaths.relative(from: "", to: "") == "./")
}
