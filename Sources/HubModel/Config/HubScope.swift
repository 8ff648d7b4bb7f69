/// Whom a hub's learning is about, as `hub.yaml` declares it (`scope:`): the site's wording follows it,
/// and a review whose kind does not settle its subject is taken to be about the hub's one group.
public enum HubScope: String, Sendable, Codable, CaseIterable, Hashable {
    /// Learning about children and young people (the default: the hubs child protection committees keep).
    case children
    /// Learning about adults: adult protection, domestic homicide, justice and public protection.
    case adults
    /// Both: a public protection committee or partnership that publishes learning of every kind.
    case both

    /// The subject of a review whose kind settles none, when the scope settles it.
    public var defaultSubject: ReviewSubject? {
        switch self {
        case .children: return .child
        case .adults: return .adult
        case .both: return nil
        }
    }

    /// The subjects whose reviews the hub publishes.
    public var subjects: [ReviewSubject] {
        switch self {
        case .children: return [.child, .youngPerson, .family]
        case .adults: return [.adult, .youngPerson, .family]
        case .both: return ReviewSubject.allCases
        }
    }
}
