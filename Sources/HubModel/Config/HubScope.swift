/// Whom a hub's learning is about, as `hub.yaml` declares it (`scope:`): the site's wording follows it,
/// and a review whose type does not settle its subject is taken to be about the hub's one group.
public enum HubScope: String, Sendable, Codable, CaseIterable, Hashable {
    /// Learning about children and young people.
    case children
    /// Learning about adults: adult protection, domestic homicide, justice and public protection.
    case adults
    /// Both: a public protection committee or partnership that publishes learning of every kind.
    case both

    /// The subjects a review whose type settles none is taken to be about, the first that fits its age
    /// band (none in a hub about both, where the author says). A hub that declares no scope takes any
    /// by age, as before scopes were declared: a child, a young person of 18 to 25, an adult over 25.
    public static func defaultSubjects(_ scope: HubScope?) -> [ReviewSubject] {
        switch scope {
        case .children: return [.child, .youngPerson]
        case .adults: return [.adult, .youngPerson]
        case .both: return []
        case nil: return [.child, .youngPerson, .adult]
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

    /// The scope a hub that declares none shows: both if any review is about an adult, else children.
    public static func inferred(from subjects: some Sequence<ReviewSubject>) -> HubScope {
        subjects.contains(.adult) ? .both : .children
    }
}
