/// The kind of incident in which a person under supervision harmed others, as justice serious incident
/// reviews record it (the Care Inspectorate's national reports count notifications by the most serious
/// alleged offence). Given with `outcome: harm-to-others`.
public enum IncidentCategory: String, Sendable, Codable, CaseIterable, Hashable {
    /// Serious assault and attempted murder.
    case seriousViolence = "serious-violence"
    /// Contact and non-contact sexual offences.
    case sexualOffence = "sexual-offence"
    /// The death of another person (murder, culpable homicide).
    case death
    case abduction
    case domesticAbuse = "domestic-abuse"
    case other

    public var displayName: String {
        switch self {
        case .seriousViolence: return "Serious violence"
        case .sexualOffence: return "Sexual offence"
        case .death: return "Death of another person"
        case .abduction: return "Abduction"
        case .domesticAbuse: return "Domestic abuse"
        case .other: return "Other serious offence"
        }
    }
}
