import Testing
@testable import HubModel

@Suite("Slug and AssetPath")
struct SlugTests {
    @Test(arguments: ["child-a", "Child-A", "2023-review", "a", String(repeating: "a", count: 120)])
    func validSlugs(slug: String) {
        #expect(Slug.isValid(slug))
    }

    @Test(arguments: ["", "-a", "a-", "a b", "a/b", "../etc", "a.b", "a_b", "ä", "child%20a", String(repeating: "a", count: 121)])
    func invalidSlugs(slug: String) {
        #expect(!Slug.isValid(slug))
    }

    @Test(arguments: ["assets/report.pdf", "assets/images/chart-1_v2.png", "assets/a.b.c"])
    func safeAssetPaths(path: String) {
        #expect(AssetPath.isSafe(path))
    }

    @Test(arguments: ["assets", "assets/", "report.pdf", "/assets/a.pdf", "assets/../hub.yaml", "assets/./a.pdf",
                      "assets/.hidden", "assets//a.pdf", "assets/my report.pdf", "assets/a?.pdf", "reviews/a.md", "Assets/a.pdf"])
    func unsafeAssetPaths(path: String) {
        #expect(!AssetPath.isSafe(path))
    }
}
