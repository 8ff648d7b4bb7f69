/// What `learning-hub init` asks for: the values a new hub's `hub.yaml` and pages are written with.
public struct HubSettings: Sendable, Equatable {
    /// The hub's title, e.g. "North Shire Learning Hub".
    public var title: String
    /// The committee that publishes the hub, e.g. "North Shire Child Protection Committee".
    public var committeeName: String
    /// The area it covers, e.g. "North Shire".
    public var area: String
    /// Where the site will be published, ending in `/`.
    public var baseURL: String
    /// The language of the hub's pages, as a tag such as `en-GB`.
    public var language: String

    /// The plain values a hub starts with when nothing is given (a script, no terminal); the officer edits `hub.yaml` afterwards.
    public static let defaults = HubSettings(title: "Learning from case reviews", committeeName: "Child Protection Committee",
                                             area: "Our area", baseURL: "https://example.org/learning-hub/", language: "en-GB")

    public init(title: String, committeeName: String, area: String, baseURL: String, language: String) {
        self.title = title
        self.committeeName = committeeName
        self.area = area
        self.baseURL = baseURL
        self.language = language
    }

    /// The committee's id in `hub.yaml`, made from its name.
    public var committeeID: String {
        let slug = DocumentScaffold.slug(for: committeeName)
        return slug.isEmpty ? "committee" : slug
    }

    /// The base URL with a final `/`, as links under it need.
    public var normalisedBaseURL: String { baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }

    /// What is wrong with the values, one problem a line; empty when they make a hub that builds.
    public var problems: [String] {
        var problems: [String] = []
        for (name, value) in [("title", title), ("committee name", committeeName), ("area", area)]
        where value.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append("the \(name) is empty")
        }
        if !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(" ") {
            problems.append("the base URL '\(baseURL)' must be an absolute http(s) address, e.g. https://www.example.org/learning-hub/")
        }
        if language.isEmpty || !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            problems.append("the language '\(language)' must be a language tag such as en-GB")
        }
        return problems
    }
}
