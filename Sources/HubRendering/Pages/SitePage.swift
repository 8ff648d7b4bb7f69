import HubModel

/// Every page the generator writes, one case per page or family of pages.
enum SitePage: Sendable {
    case home
    case document(Int)
    case kindIndex(DocumentKind)
    case themeIndex
    case theme(LearningTheme)
    case reviewTypeIndex
    case reviewType(ReviewType)
    case committeeIndex
    case committee(Committee)
    case yearIndex
    case year(Int)
    case search
    /// Charts of the learning: by year, theme and recommendation.
    case glance
    /// Every recommendation of every review, with its progress.
    case recommendations

    /// The page's folder under the site root, ending in `/` ("" for the home page).
    func sitePath(in hub: Hub) -> String {
        switch self {
        case .home: return ""
        case .document(let index): return hub.documents[index].sitePath
        case .kindIndex(let kind): return "\(kind.folder)/"
        case .themeIndex: return "themes/"
        case .theme(let theme): return "themes/\(theme.id)/"
        case .reviewTypeIndex: return "review-types/"
        case .reviewType(let type): return "review-types/\(type.rawValue)/"
        case .committeeIndex: return "committees/"
        case .committee(let committee): return "committees/\(committee.id)/"
        case .yearIndex: return "years/"
        case .year(let year): return "years/\(year)/"
        case .search: return "search/"
        case .glance: return "glance/"
        case .recommendations: return "recommendations/"
        }
    }

    /// All pages of `hub`: index pages exist for every declared theme and committee, even when empty.
    static func all(in hub: Hub) -> [SitePage] {
        var pages: [SitePage] = [.home, .themeIndex, .reviewTypeIndex, .committeeIndex, .yearIndex, .search,
                                 .glance, .recommendations]
        pages += hub.documents.indices.map { .document($0) }
        pages += [DocumentKind.review, .brief, .briefing].map { .kindIndex($0) }
        pages += hub.config.learningThemes.map { .theme($0) }
        pages += ReviewType.allCases.filter { hub.documentsByReviewType[$0] != nil }.map { .reviewType($0) }
        pages += hub.config.committees.map { .committee($0) }
        pages += hub.documentsByYear.keys.sorted(by: >).map { .year($0) }
        return pages
    }
}
