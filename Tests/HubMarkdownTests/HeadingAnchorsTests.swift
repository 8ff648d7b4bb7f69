import Testing
@testable import HubMarkdown

@Suite("HeadingAnchors")
struct HeadingAnchorsTests {
    @Test(arguments: [
        ("Why it matters", "why-it-matters"),
        ("  What  to do?  ", "what-to-do"),
        ("Step 1: Background", "step-1-background"),
        ("C++ & Rust", "c-rust"),
        ("snake_case and kebab-case", "snake-case-and-kebab-case"),
        ("Café au lait", "café-au-lait"),
        ("-- leading dashes", "leading-dashes"),
        ("2023", "2023"),
        ("???", "section"),
        ("", "section"),
    ])
    func makesReadableAnchors(text: String, anchor: String) {
        var anchors = HeadingAnchors()
        #expect(anchors.anchor(for: text) == anchor)
    }

    @Test func numbersRepeatedAnchors() {
        var anchors = HeadingAnchors()
        #expect(anchors.anchor(for: "Background") == "background")
        #expect(anchors.anchor(for: "background") == "background-2")
        #expect(anchors.anchor(for: "BACKGROUND!") == "background-3")
        #expect(anchors.anchor(for: "Other") == "other")
        #expect(anchors.anchor(for: "???") == "section")
        #expect(anchors.anchor(for: "!!!") == "section-2")
    }

    @Test func separateInstancesDoNotShareCounts() {
        var first = HeadingAnchors()
        var second = HeadingAnchors()
        #expect(first.anchor(for: "Notes") == "notes")
        #expect(second.anchor(for: "Notes") == "notes")
    }
}
