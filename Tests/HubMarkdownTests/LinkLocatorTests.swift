import Testing
@testable import HubMarkdown

@Suite("LinkLocator")
struct LinkLocatorTests {
    @Test func findsTheDestinationFromTheBlockLine() {
        let locator = LinkLocator(source: "first a.md\nsecond\n[x](a.md)\n")
        // Searching from line 3 skips the mention on line 1.
        #expect(locator.locate("a.md", from: 3) == (3, 5))
    }

    @Test func repeatedDestinationGetsSuccessivePositions() {
        let locator = LinkLocator(source: "[a](x.md) [b](x.md)\n[c](x.md)")
        #expect(locator.locate("x.md", from: 1) == (1, 5))
        #expect(locator.locate("x.md", from: 1) == (1, 15))
        #expect(locator.locate("x.md", from: 1) == (2, 5))
    }

    @Test func columnsCountCharactersNotBytes() {
        let locator = LinkLocator(source: "Grüße 👋 [x](y.md)")
        #expect(locator.locate("y.md", from: 1) == (1, 13))
    }

    @Test func unknownOrEmptyDestinationFallsBackToTheBlock() {
        let locator = LinkLocator(source: "one\ntwo\n")
        #expect(locator.locate("missing.md", from: 2) == (2, 1))
        #expect(locator.locate("", from: 2) == (2, 1))
        #expect(locator.locate("missing.md", from: 0) == (1, 1))
    }

    @Test func differentDestinationsAreTrackedSeparately() {
        let locator = LinkLocator(source: "[a](a.md) [b](b.md) [a](a.md)")
        #expect(locator.locate("a.md", from: 1) == (1, 5))
        #expect(locator.locate("b.md", from: 1) == (1, 15))
        #expect(locator.locate("a.md", from: 1) == (1, 25))
    }
}
