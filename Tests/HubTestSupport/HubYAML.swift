/// A hub's `hub.yaml`, as values and as the text a hub author writes. Values are written as they
/// are, so each must be a plain YAML scalar. Start from a preset and change what a test needs.
public struct HubYAML: Sendable {
    public var title: String
    public var description: String
    public var baseURL: String
    public var language = "en-GB"
    /// `scope:` (children, adults or both), written after `language` when set.
    public var scope: String?
    public var themes: [(id: String, title: String, description: String)]
    public var committees: [(id: String, name: String, area: String)]

    /// The file's text: the four settings on lines 1-4 (and `scope` on line 5 when set), then `themes:` (three lines a theme), then
    /// `committees:` (three lines a committee), ending in a newline.
    public var text: String {
        var lines = ["title: \(title)", "description: \(description)", "base_url: \(baseURL)", "language: \(language)"]
        if let scope { lines.append("scope: \(scope)") }
        lines.append("themes:")
        lines += themes.flatMap { ["  - id: \($0.id)", "    title: \($0.title)", "    description: \($0.description)"] }
        lines.append("committees:")
        lines += committees.flatMap { ["  - id: \($0.id)", "    name: \($0.name)", "    area: \($0.area)"] }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The small hub the parse and load tests use, which `FixtureDocument`'s documents fit: three
    /// themes and two committees (`north-shire-cpc`, `riverside-ppc`).
    public static let testHub = HubYAML(
        title: "Test Hub", description: "A hub for tests", baseURL: "https://example.org/hub/",
        themes: [("neglect", "Neglect", "Recognising neglect"),
                 ("information-sharing", "Information sharing", "Sharing information"),
                 ("transitions", "Transitions", "Moves between services")],
        committees: [("north-shire-cpc", "North Shire Child Protection Committee", "North Shire"),
                     ("riverside-ppc", "Riverside Public Protection Committee", "Riverside")])

    /// The hub the site and preview tests build, which `TestShire`'s documents fit: the same three
    /// themes, and one committee (`test-cpc`).
    public static let testShire = HubYAML(
        title: "Test Shire Learning Hub", description: "Learning from reviews in Test Shire",
        baseURL: "https://example.org/learning-hub/",
        themes: [("neglect", "Neglect", "Recognising cumulative neglect"),
                 ("information-sharing", "Information sharing", "Sharing what agencies know"),
                 ("transitions", "Transitions", "Moves between services")],
        committees: [("test-cpc", "Test Shire Child Protection Committee", "Test Shire")])
}
