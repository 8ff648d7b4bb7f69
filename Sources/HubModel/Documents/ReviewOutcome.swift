/// What happened to the child: the reason the review took place.
public enum ReviewOutcome: String, Sendable, Codable, CaseIterable, Hashable {
    case death
    case seriousHarm = "serious-harm"

    public var displayName: String { self == .death ? "Death" : "Serious harm" }
}
