import HubModel

/// Builds the catalogue of a hub from its published and withdrawn documents.
///
/// Drafts shown in a preview are left out, as are free pages (they hold no learning).
public struct CatalogueBuilder: Sendable {
    public let hub: Hub

    public init(hub: Hub) {
        self.hub = hub
    }

    public func catalogue() -> Catalogue {
        let config = hub.config
        func count(_ indices: [Int]?) -> Int { (indices ?? []).filter(hub.isPublic).count }
        let themes = config.learningThemes.map {
            CatalogueTheme(id: $0.id, title: $0.title, description: $0.description,
                           url: SiteURL.absolute(SitePaths.theme($0.id), in: config),
                           feed: SiteURL.absolute(SitePaths.themeFeed($0.id), in: config),
                           documentCount: count(hub.documentsByTheme[$0.id]))
        }
        let committees = config.committees.map {
            CatalogueCommittee(id: $0.id, name: $0.name, area: $0.area, kind: $0.kind?.rawValue,
                               url: SiteURL.absolute(SitePaths.committee($0.id), in: config),
                               documentCount: count(hub.documentsByCommittee[$0.id]))
        }
        let reviewTypes = ReviewType.allCases.map { type in
            CatalogueReviewType(id: type.rawValue, name: type.displayName, nations: type.nations.map(\.rawValue),
                                description: type.explanation, subject: type.settledSubject?.rawValue,
                                url: hub.documentsByReviewType[type] == nil ? nil : SiteURL.absolute(SitePaths.reviewType(type), in: config),
                                documentCount: count(hub.documentsByReviewType[type]))
        }
        let documents = hub.documents.indices.filter { hub.isPublic($0) && hub.documents[$0].kind.carriesLearning }.map(document)
        return Catalogue(
            schema: CatalogueSchema.url(in: config), schemaVersion: Catalogue.currentSchemaVersion,
            hub: CatalogueHub(title: config.title, description: config.description, baseURL: config.baseURL,
                              language: config.language, feed: SiteURL.absolute(SitePaths.feed, in: config),
                              scope: hub.scope.rawValue),
            generated: hub.today.description, learningThemes: themes, committees: committees, reviewTypes: reviewTypes,
            documents: documents)
    }

    /// The stable id of a document in the catalogue: its page path without the final `/`.
    static func id(of document: Document) -> String { String(document.sitePath.dropLast()) }

    private func document(_ index: Int) -> CatalogueDocument {
        let document = hub.documents[index]
        let withdrawn = hub.states[index] == .withdrawn
        let review = document.review
        let recommendations = (review?.recommendations ?? []).map {
            CatalogueRecommendation(id: $0.id, text: $0.text, target: $0.target.rawValue, category: $0.category.rawValue,
                                    status: $0.status.rawValue, owner: $0.owner, due: $0.due?.description,
                                    overdue: $0.isOverdue(on: hub.today))
        }
        let sources = (hub.sourceReviews[index] ?? []).filter(hub.isPublic).map { Self.id(of: hub.documents[$0]) }
        let derived = (hub.derivedLearning[index] ?? []).filter(hub.isPublic).map { Self.id(of: hub.documents[$0]) }
        return CatalogueDocument(
            id: Self.id(of: document), slug: document.slug, type: document.kind.rawValue,
            url: SiteURL.absolute(document.sitePath, in: hub.config), title: document.title, summary: document.summary,
            published: (document.published ?? hub.today).description, updated: document.updated?.description,
            themes: document.learningThemeIDs, committee: document.committeeID, audience: document.audience,
            reviewType: review?.reviewType.rawValue, ageBand: review?.ageBand?.rawValue, outcome: review?.outcome?.rawValue,
            methodology: review?.methodology, subject: review?.subject.rawValue, incident: review?.incident?.rawValue,
            report: withdrawn ? nil : review?.reportAsset.map { SiteURL.absolute($0, in: hub.config) },
            status: withdrawn ? "withdrawn" : "published", recommendations: recommendations,
            sourceReview: document.kind == .review ? nil : sources.first, sourceReviews: sources, derivedLearning: derived)
    }
}
