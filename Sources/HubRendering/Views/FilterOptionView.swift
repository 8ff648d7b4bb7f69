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

extension FilterOptionView: TemplateView {
    /// The fields templates read, one for each stored property, named as the property.
    public static let templateFields = TemplateFields<FilterOptionView>(
        .field("value") { $0.value },
        .field("label") { $0.label },
        .field("count") { $0.count }
    )
}
