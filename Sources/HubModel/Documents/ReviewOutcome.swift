/// What happened: the reason the review took place. `death` and `serious-harm` are of the person the
/// review is about, and `death-or-serious-harm` both at once (an overview of reviews of each);
/// `harm-to-others` is serious harm that person caused to other people (justice serious incident
/// reviews, MAPPA serious case reviews), whose kind `IncidentCategory` records.
public enum ReviewOutcome: String, Sendable, Codable, CaseIterable, Hashable {
    case death
    case seriousHarm = "serious-harm"
    case harmToOthers = "harm-to-others"
    case deathOrSeriousHarm = "death-or-serious-harm"

    public var displayName: String {
        switch self {
        case .death: return "Death"
        case .seriousHarm: return "Serious harm"
        case .harmToOthers: return "Serious harm caused to others"
        case .deathOrSeriousHarm: return "Death or serious harm"
        }
    }
}
