import HubModel

/// How the site words whom its learning is about, from the scope `hub.yaml` declares.
public struct ScopeWording: Sendable {
    public let scope: HubScope

    public init(_ scope: HubScope) {
        self.scope = scope
    }

    /// Whom the learning is about: "children and young people", "adults", "children, young people and adults".
    public var people: String {
        switch scope {
        case .children: return "children and young people"
        case .adults: return "adults"
        case .both: return "children, young people and adults"
        }
    }

    /// The home page's line on whom the learning is about, under the hub's own description (which
    /// usually says whom it is for, so this does not repeat it).
    public var homeIntro: String {
        "Learning from case reviews about \(people)."
    }

    /// An example phrase for the search page's tip.
    public var examplePhrase: String { scope == .adults ? "professional curiosity" : "voice of the child" }
}
