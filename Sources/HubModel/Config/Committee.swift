/// A committee or partnership that publishes learning (e.g. a child protection committee).
public struct Committee: Sendable, Hashable {
    public let id: String
    public let name: String
    public let area: String

    public init(id: String, name: String, area: String) {
        self.id = id
        self.name = name
        self.area = area
    }
}
