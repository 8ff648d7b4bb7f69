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
    /// Pseudonyms every document may use (`pseudonyms:`): never reported as names of people.
    public let pseudonyms: [String]
    /// Flagged text of `hub.yaml` itself that may be published (`acknowledge:`), with reasons.
    public let acknowledgements: [Acknowledgement]
    /// File lines taken by the `acknowledge` field, whose text is not scanned.
    public let acknowledgementLines: ClosedRange<Int>?
    /// Whom the hub's learning is about, as `hub.yaml` declares it (`scope:`); nil when it does not, and
    /// the hub's reviews then show it (`Hub.scope`).
    public let scope: HubScope?
    /// The hub's own search synonyms (`search: synonyms:`), which add to or replace the default ones.
    public let searchSynonyms: [SearchSynonym]

    public init(title: String, description: String, baseURL: String, language: String,
                learningThemes: [LearningTheme], committees: [Committee], pseudonyms: [String] = [],
                acknowledgements: [Acknowledgement] = [], acknowledgementLines: ClosedRange<Int>? = nil, scope: HubScope? = nil,
                searchSynonyms: [SearchSynonym] = []) {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.learningThemes = learningThemes
        self.committees = committees
        self.pseudonyms = pseudonyms
        self.acknowledgements = acknowledgements
        self.acknowledgementLines = acknowledgementLines
        self.scope = scope
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
