import HubModel
import HubSupport

/// The kinds of review the hub's reviews are, with the number of each.
struct ReviewTypeIndexPage: SitePage {
    var path: String { SitePaths.reviewTypes }
    var template: String { "directory" }

    func view(from factory: PageViewFactory) -> Any {
        let entries = ReviewType.allCases.compactMap { type -> CountedLinkView? in
            let count = factory.publicCount(factory.hub.documentsByReviewType[type])
            return count == 0 ? nil
                : factory.counted(href: factory.rel(path, SitePaths.reviewType(type)), label: type.displayName, count: count,
                                  description: "\(type.explanation) \(type.nationSentence)")
        }
        return factory.directory(page: path, title: "Review types",
                                 intro: "Reviews by the kind of review that was carried out. Each nation of the UK has its own kinds of review.",
                                 entries: entries)
    }

    func key(from keys: PageKeys) -> Fingerprint? { nil }
}
