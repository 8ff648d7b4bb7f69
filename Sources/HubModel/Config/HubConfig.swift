/// The settings of a hub, from `hub.yaml`.
public struct HubConfig: Sendable {
    public let title: String
    public let description: String
    /// The absolute URL the site is published at, always ending in `/` (it may have a path).
    public let baseURL: String
    /// BCP 47 language tag for the pages, e.g. `en-GB`.
    public let language: String
    /// The learning-theme vocabulary in display order.
    public let learningThemes: [LearningTheme]
    public let committees: [Committee]
    /// The hub's own search synonyms (`search: synonyms:`), which add to or replace the default ones.
    public let searchSynonyms: [SearchSynonym]

    public init(title: String, description: String, baseURL: String, language: String,
                learningThemes: [LearningTheme], committees: [Committee], searchSynonyms: [SearchSynonym] = []) {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.learningThemes = learningThemes
        self.committees = committees
        self.searchSynonyms = searchSynonyms
    }

    public func learningTheme(_ id: String) -> LearningTheme? { learningThemes.first { $0.id == id } }
    public func committee(_ id: String) -> Committee? { committees.first { $0.id == id } }

    /// The path part of `baseURL`, e.g. `/learning-hub/`.
    public var basePath: String {
        guard let scheme = baseURL.range(of: "://") else { return "/" }
        let afterHost = baseURL[scheme.upperBound...]
        guard let slash = afterHost.firstIndex(of: "/") else { return "/" }
        return String(afterHost[slash...])
    }
}
