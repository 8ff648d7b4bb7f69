import Testing
@testable import HubModel
import HubTestSupport

@Suite("HubConfigParser")
struct HubConfigParserTests {
    static let path = "content/hub.yaml"

    func parse(_ yaml: String) -> (HubConfig?, DiagnosticLog) {
        var log = DiagnosticLog()
        let config = HubConfigParser.parse(yaml, path: Self.path, log: &log)
        return (config, log)
    }

    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: Self.path, line: line, column: column)
    }

    @Test func parsesTheDefaultTestHub() throws {
        let (parsed, log) = parse(HubYAML.testHub.text)
        #expect(log.diagnostics.isEmpty)
        let config = try #require(parsed)
        #expect(config.title == "Test Hub")
        #expect(config.description == "A hub for tests")
        #expect(config.baseURL == "https://example.org/hub/")
        #expect(config.basePath == "/hub/")
        #expect(config.language == "en-GB")
        #expect(config.learningThemes == testConfig.learningThemes)
        #expect(config.committees == testConfig.committees)
        #expect(config.learningTheme("transitions")?.title == "Transitions")
        #expect(config.learningTheme("housing") == nil)
        #expect(config.committee("riverside-ppc")?.area == "Riverside")
        #expect(config.committee("nowhere") == nil)
    }

    @Test func parsesTheShippedContent() throws {
        // The content contract's own example must parse.
        let yaml = """
        title: North Shire Learning Hub
        description: Learning from reviews for everyone who works with children and families
        base_url: https://example.org/learning-hub/   # may have a path: the site must work under it
        language: en-GB
        themes:                        # the controlled vocabulary; order = display order
          - id: neglect
            title: Neglect
            description: Recognising and responding to neglect, including cumulative harm
          - id: information-sharing
            title: Information sharing
            description: ...
        committees:
          - id: north-shire-cpc
            name: North Shire Child Protection Committee
            area: North Shire
        """
        let (parsed, log) = parse(yaml)
        #expect(log.diagnostics.isEmpty)
        let config = try #require(parsed)
        #expect(config.baseURL == "https://example.org/learning-hub/")
        #expect(config.learningThemes.map(\.id) == ["neglect", "information-sharing"])
    }

    @Test func defaultsForOptionalFields() throws {
        let (parsed, log) = parse("title: T\nbase_url: https://example.org\nthemes:\n  - id: neglect\n    title: Neglect\n")
        #expect(log.diagnostics.isEmpty)
        let config = try #require(parsed)
        #expect(config.description == "")
        #expect(config.language == "en-GB")
        #expect(config.baseURL == "https://example.org/")
        #expect(config.basePath == "/")
        #expect(config.committees.isEmpty)
        #expect(config.learningThemes == [LearningTheme(id: "neglect", title: "Neglect", description: "")])
    }

    @Test(arguments: [
        ("https://example.org/learning-hub/", "/learning-hub/"),
        ("https://example.org/a/b", "/a/b/"),
        ("http://localhost:8000/", "/"),
        ("https://example.org", "/"),
    ])
    func basePathIsThePathOfBaseURL(baseURL: String, basePath: String) {
        let config = HubConfig(title: "T", description: "", baseURL: baseURL, language: "en", learningThemes: [], committees: [])
        #expect(config.basePath == basePath)
        #expect(config.baseURL.hasSuffix("/"))
    }

    @Test func missingTitleAndBaseURLAreErrors() {
        let (config, log) = parse("description: D\nthemes:\n  - id: neglect\n    title: Neglect\n")
        #expect(config == nil)
        #expect(log.diagnostics.map(\.message) == ["missing required field 'title'", "missing required field 'base_url'"])
        #expect(log.diagnostics.map(\.location) == [location(1, 1), location(1, 1)])
        #expect(log.diagnostics.map(\.severity) == [.error, .error])
    }

    @Test func missingThemesIsAnError() {
        let (config, log) = parse("title: T\nbase_url: https://example.org/\n")
        #expect(config != nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(1, 1), "missing required field 'themes'",
                                               hint: "declare the learning themes as a list of {id, title, description}")])
    }

    @Test func relativeBaseURLIsAnError() {
        let (_, log) = parse("title: T\nbase_url: example.org/hub\nthemes:\n  - id: neglect\n    title: Neglect\n")
        #expect(log.diagnostics == [Diagnostic(.error, at: location(2, 11), "base_url must be an absolute http(s) URL, not 'example.org/hub'",
                                               hint: "e.g. https://example.org/learning-hub/")])
    }

    @Test func badLanguageTagIsAnError() {
        let (_, log) = parse("title: T\nbase_url: https://e.org/\nlanguage: en GB\nthemes:\n  - id: neglect\n    title: Neglect\n")
        #expect(log.diagnostics == [Diagnostic(.error, at: location(3, 11), "language must be a language tag such as en-GB, not 'en GB'")])
    }

    @Test func invalidAndDuplicateThemeIDsAreErrors() throws {
        let yaml = """
        title: T
        base_url: https://example.org/
        themes:
          - id: neglect
            title: Neglect
          - id: information sharing
            title: Information sharing
          - id: neglect
            title: Neglect again
          - id: transitions
        """
        let (parsed, log) = parse(yaml)
        #expect(log.diagnostics.map(\.message) == [
            "theme id 'information sharing' may contain only lower-case letters, digits and '-'",
            "theme 'neglect' is declared twice",
            "missing required field 'title'",
        ])
        #expect(log.diagnostics.map(\.location) == [location(6, 9), location(8, 9), location(10, 5)])
        // The valid themes are kept (the errors still fail the load).
        #expect(try #require(parsed).learningThemes.map(\.id) == ["neglect", "transitions"])
    }

    @Test func invalidAndDuplicateCommitteesAreErrors() {
        let yaml = """
        title: T
        base_url: https://example.org/
        themes:
          - id: neglect
            title: Neglect
        committees:
          - id: north-shire-cpc
            name: North Shire CPC
          - id: north-shire-cpc
            name: Again
          - id: north/shire
            name: Bad
        """
        let (_, log) = parse(yaml)
        #expect(log.diagnostics.map(\.message) == [
            "committee 'north-shire-cpc' is declared twice",
            "committee id 'north/shire' may contain only lower-case letters, digits and '-'",
        ])
        #expect(log.diagnostics.map(\.location) == [location(9, 9), location(11, 9)])
    }

    @Test func unknownFieldsAreWarningsWithHints() {
        let yaml = """
        title: T
        base_url: https://example.org/
        langauge: en-GB
        themes:
          - id: neglect
            titel: Neglect
        """
        let (_, log) = parse(yaml)
        #expect(log.diagnostics.filter { $0.severity == .warning } == [
            Diagnostic(.warning, at: location(3, 1), "unknown hub.yaml field 'langauge' is ignored", hint: "did you mean 'language'?"),
            Diagnostic(.warning, at: location(6, 5), "unknown theme field 'titel' is ignored", hint: "did you mean 'title'?"),
        ])
        // 'titel' does not count as 'title'.
        #expect(log.errors(containing: "missing required field 'title'").map(\.location) == [location(5, 5)])
    }

    @Test func themesMustBeAList() {
        let (_, log) = parse("title: T\nbase_url: https://example.org/\nthemes: neglect\n")
        #expect(log.diagnostics == [Diagnostic(.error, at: location(3, 9), "'themes' must be a list")])
    }

    @Test func themeItemsMustBeMappings() {
        let (_, log) = parse("title: T\nbase_url: https://example.org/\nthemes:\n  - neglect\n")
        #expect(log.diagnostics == [Diagnostic(.error, at: location(4, 5), "each item of 'themes' must be a mapping of fields")])
    }

    @Test func malformedYAMLIsReportedAtItsLine() throws {
        let (config, log) = parse("title: T\nbase_url: https://example.org/\nthemes:\n  - id: neglect\n    title: Neglect: the basics\n")
        #expect(config == nil)
        let diagnostic = try #require(log.diagnostics.first)
        #expect(log.diagnostics.count == 1)
        #expect(diagnostic.message.hasPrefix("invalid YAML: mapping values are not allowed in this context"))
        #expect(diagnostic.location == location(5, 19))
    }

    @Test func yamlThatIsNotAMappingIsAnError() {
        let (config, log) = parse("just a sentence\n")
        #expect(config == nil)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(1, 1), "the YAML must be a mapping of fields ('name: value' lines)")])
    }

    @Test func theScopeIsWhatIsDeclared() throws {
        #expect(try #require(parse(HubYAML.testHub.text).0).scope == nil)
        for scope in HubScope.allCases {
            var yaml = HubYAML.testHub
            yaml.scope = scope.rawValue
            let (config, log) = parse(yaml.text)
            #expect(log.diagnostics.isEmpty)
            #expect(config?.scope == scope)
        }
        var yaml = HubYAML.testHub
        yaml.scope = "adult"
        let (_, log) = parse(yaml.text)
        #expect(log.diagnostics == [Diagnostic(.error, at: location(5, 8), "'adult' is not a valid scope",
                                               hint: "did you mean 'adults'? one of: children, adults, both")])
    }

    @Test func committeesHaveAKind() throws {
        let base = "title: T\nbase_url: https://example.org/\nthemes: []\ncommittees:\n"
        let (config, log) = parse(base + "  - id: a\n    name: A\n    kind: adult-protection\n  - id: b\n    name: B\n")
        #expect(log.diagnostics.isEmpty)
        #expect(config?.committees.map(\.kind) == [.adultProtection, nil])
        let (_, bad) = parse(base + "  - id: a\n    name: A\n    kind: mapa\n")
        #expect(bad.diagnostics == [Diagnostic(
            .error, at: location(7, 11), "'mapa' is not a valid kind",
            hint: "did you mean 'mappa'? one of: child-protection, adult-protection, public-protection, community-justice, mappa, safeguarding-board, safeguarding-partnership, community-safety")])
    }
}
