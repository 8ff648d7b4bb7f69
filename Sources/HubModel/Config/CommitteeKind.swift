/// The kind of committee or partnership that publishes learning.
public enum CommitteeKind: String, Sendable, Codable, CaseIterable, Hashable {
    case childProtection = "child-protection"
    case adultProtection = "adult-protection"
    case publicProtection = "public-protection"
    case communityJustice = "community-justice"
    case mappa
    case safeguardingBoard = "safeguarding-board"
    case safeguardingPartnership = "safeguarding-partnership"
    case communitySafety = "community-safety"

    /// E.g. "Adult protection committee".
    public var displayName: String {
        switch self {
        case .childProtection: return "Child protection committee"
        case .adultProtection: return "Adult protection committee"
        case .publicProtection: return "Public protection committee"
        case .communityJustice: return "Community justice partnership"
        case .mappa: return "MAPPA strategic board"
        case .safeguardingBoard: return "Safeguarding board"
        case .safeguardingPartnership: return "Safeguarding partnership"
        case .communitySafety: return "Community safety partnership"
        }
    }

    /// The name in a sentence, with its article: "an adult protection committee", "a MAPPA strategic board".
    public var nameInSentence: String {
        let name = self == .mappa ? displayName : displayName.lowercased()
        return ("aeiou".contains(name.prefix(1)) ? "an " : "a ") + name
    }
}
