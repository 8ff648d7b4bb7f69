/// A committee or partnership that publishes learning (e.g. a child protection committee).
public struct Committee: Sendable, Hashable {
    public let id: String
    public let name: String
    public let area: String
    /// What kind of body it is, if `hub.yaml` says.
    public let kind: CommitteeKind?

    public init(id: String, name: String, area: String, kind: CommitteeKind? = nil) {
        self.id = id
        self.name = name
        self.area = area
        self.kind = kind
    }
}
