/// A nation of the United Kingdom, each with its own kinds of case review.
public enum UKNation: String, Sendable, Codable, CaseIterable, Hashable {
    case england
    case wales
    case scotland
    case northernIreland = "northern-ireland"

    public var displayName: String {
        switch self {
        case .england: return "England"
        case .wales: return "Wales"
        case .scotland: return "Scotland"
        case .northernIreland: return "Northern Ireland"
        }
    }

    /// "Scotland", "England and Wales", "England, Wales and Scotland", "all four nations of the UK".
    public static func phrase(_ nations: [UKNation]) -> String {
        if Set(nations) == Set(allCases) { return "all four nations of the UK" }
        let names = nations.map(\.displayName)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}
