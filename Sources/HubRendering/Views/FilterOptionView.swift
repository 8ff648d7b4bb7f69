/// One choice of a recommendations-tracker filter (a status or a learning theme), with how many rows it matches.
public struct FilterOptionView: Encodable, Sendable {
    public let value: String
    public let label: String
    public let count: Int
}
