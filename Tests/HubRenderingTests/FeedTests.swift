import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HubModel
import HubSupport
import Testing
@testable import HubRendering

/// The Atom feeds: the elements RFC 4287 requires, escaping, order and what is left out.
@Suite struct FeedTests {
    let hub = TestHub.standard()

    private func parse(_ file: SiteFile) throws -> XMLElement {
        let document = try XMLDocument(data: file.data, options: [])
        return try #require(document.rootElement())
    }

    private func feedFile(_ path: String, limit: Int = 50) throws -> SiteFile {
        try #require(FeedWriter(hub: hub, limit: limit).files().first { $0.path == path })
    }

    private func children(_ element: XMLElement, _ name: String) -> [XMLElement] { element.elements(forName: name) }

    private func text(_ element: XMLElement, _ name: String) -> String? { children(element, name).first?.stringValue }

    private static let timestamp = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$"#

    @Test func siteFeedHasEveryElementRFC4287Requires() throws {
        let feed = try parse(try feedFile("feed.xml"))
        #expect(feed.name == "feed")
        #expect(feed.uri == "http://www.w3.org/2005/Atom")
        for name in ["id", "title", "updated"] {
            #expect(children(feed, name).count == 1, "feed needs exactly one \(name)")
        }
        #expect(text(feed, "title") == "Test & <Shire> Hub", "escaped on the way out, intact on the way in")
        #expect(text(feed, "id") == "https://example.org/hub/feed.xml")
        #expect(text(feed, "updated")?.range(of: Self.timestamp, options: .regularExpression) != nil)
        let links = children(feed, "link")
        #expect(links.contains { $0.value(of: "rel") == "self" && $0.value(of: "href") == "https://example.org/hub/feed.xml" })
        #expect(links.contains { $0.value(of: "rel") == "alternate" && $0.value(of: "href") == "https://example.org/hub/" })
        let author = try #require(children(feed, "author").first)
        #expect(text(author, "name") == "Test & <Shire> Hub")

        let entries = children(feed, "entry")
        #expect(!entries.isEmpty)
        for entry in entries {
            for name in ["id", "title", "updated", "published", "summary"] {
                #expect(children(entry, name).count == 1, "entry needs exactly one \(name)")
            }
            #expect(text(entry, "id")?.hasPrefix("https://example.org/hub/") == true)
            #expect(text(entry, "updated")?.range(of: Self.timestamp, options: .regularExpression) != nil)
            #expect(text(entry, "published")?.range(of: Self.timestamp, options: .regularExpression) != nil)
            let link = try #require(children(entry, "link").first)
            #expect(link.value(of: "rel") == "alternate")
            #expect(link.value(of: "href") == text(entry, "id"))
            #expect(!children(entry, "category").isEmpty)
        }
    }

    @Test func siteFeedIsNewestFirstAndLeavesOutDraftsAndWithdrawnDocuments() throws {
        let entries = children(try parse(try feedFile("feed.xml")), "entry")
        let ids = entries.compactMap { text($0, "id") }
        #expect(ids == ["https://example.org/hub/briefings/child-a-briefing/", "https://example.org/hub/briefs/child-a-brief/",
                        "https://example.org/hub/reviews/child-a/", "https://example.org/hub/reviews/child-b/"])
        let published = entries.compactMap { text($0, "published") }
        #expect(published == published.sorted(by: >))
        // The briefing was updated after it was published; the feed's updated is the latest of all.
        #expect(text(entries[0], "updated") == "2024-06-15T00:00:00Z")
        #expect(text(try parse(try feedFile("feed.xml")), "updated") == "2024-06-15T00:00:00Z")
    }

    @Test func entriesCarryThemesAsCategoriesAndTheCommitteeAsAuthor() throws {
        let entries = children(try parse(try feedFile("feed.xml")), "entry")
        let review = try #require(entries.first { text($0, "id") == "https://example.org/hub/reviews/child-a/" })
        #expect(text(review, "title") == "Child A <review> & co")
        let terms = children(review, "category").compactMap { $0.value(of: "term") }
        #expect(terms == ["neglect", "information-sharing"])
        #expect(children(review, "category").first?.value(of: "label") == "Neglect")
        #expect(text(try #require(children(review, "author").first), "name") == "Test Child Protection Committee")
    }

    @Test func themeFeedsHoldOnlyTheirThemeAndLinkToTheThemePage() throws {
        let files = FeedWriter(hub: hub).files()
        #expect(Set(files.map(\.path)) == Set(["feed.xml"] + TestHub.themeIDs.map { "themes/\($0)/feed.xml" }))
        let feed = try parse(try feedFile("themes/transitions/feed.xml"))
        #expect(text(feed, "id") == "https://example.org/hub/themes/transitions/feed.xml")
        #expect(children(feed, "link").contains { $0.value(of: "rel") == "alternate" && $0.value(of: "href") == "https://example.org/hub/themes/transitions/" })
        let ids = children(feed, "entry").compactMap { text($0, "id") }
        #expect(ids == ["https://example.org/hub/briefings/child-a-briefing/", "https://example.org/hub/reviews/child-b/"])
        // A theme with nothing on it is still a valid feed, dated by the build.
        let empty = try parse(try feedFile("themes/domestic-abuse/feed.xml"))
        #expect(children(empty, "entry").isEmpty)
        #expect(text(empty, "updated") == "2025-06-01T00:00:00Z")
    }

    @Test func feedsHoldAtMostTheLimit() throws {
        #expect(children(try parse(try feedFile("feed.xml", limit: 2)), "entry").count == 2)
        let large = GeneratedHub.make(count: 120)
        let feed = try XMLDocument(data: try #require(FeedWriter(hub: large).files().first).data, options: [])
        #expect(feed.rootElement()?.elements(forName: "entry").count == 50)
    }

    @Test func xmlEscapingCoversMarkupQuotesAndForbiddenCharacters() {
        #expect(XMLText.escape("a & b <c> \"d\" 'e'") == "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;")
        #expect(XMLText.escape("bell\u{07}tab\tend\u{FFFE}") == "belltab\tend")
    }
}
