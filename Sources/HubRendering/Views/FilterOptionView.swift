/// One choice of a recommendations-tracker filter (a status or a learning theme), with how many rows it matches.
public final class FilterOptionView: Encodable, Sendable {
    public let value: String
    public let label: String
    public let count: Int

    public init(value: String, label: String, count: Int) {
        self.value = value
        self.label = label
        self.count = count
    }
}
