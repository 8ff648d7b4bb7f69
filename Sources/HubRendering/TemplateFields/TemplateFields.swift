import HubSupport

/// A view's template fields, in the order they are declared: the one list that answers its
/// template lookups and feeds it into a hasher.
///
/// Lookups are the hottest path of rendering (every `{{name}}` asks each object up the context
/// stack until one answers), so the fields are also kept ordered by the UTF-8 length of their
/// names: a lookup compares its name only with the few fields of the same length, with no hashing.
/// It is a class so that a lookup reads the one shared table without copying (and retaining) it.
public final class TemplateFields<View>: Sendable {
    /// Every field, in declaration order (the order in which they are hashed).
    public let fields: [TemplateField<View>]
    /// The fields ordered by the UTF-8 length of their names.
    private let byLength: [TemplateField<View>]
    /// `byLength[starts[n] ..< starts[n + 1]]` are the fields whose names are `n` bytes long.
    private let starts: [Int]

    /// The table of `fields`; their names must differ.
    public init(_ fields: TemplateField<View>...) {
        precondition(Set(fields.map(\.name)).count == fields.count, "two template fields of \(View.self) share a name")
        self.fields = fields
        byLength = fields.enumerated().sorted { ($0.element.name.utf8.count, $0.offset) < ($1.element.name.utf8.count, $1.offset) }
            .map(\.element)
        let longest = fields.map(\.name.utf8.count).max() ?? 0
        starts = (0 ... longest + 1).map { length in fields.filter { $0.name.utf8.count < length }.count }
    }

    /// The names of the fields, in declaration order.
    public var names: [String] { fields.map(\.name) }

    /// The value of the field `name` of `view`, or nil when there is no such field or it is absent.
    @inline(__always)
    public func value(named name: String, of view: View) -> Any? {
        let length = name.utf8.count
        guard length + 1 < starts.count else { return nil }
        var index = starts[length]
        let end = starts[length + 1]
        while index < end {
            if byLength[index].name == name { return byLength[index].read(view) }
            index += 1
        }
        return nil
    }

    /// Feeds every field of `view` into `hasher`, in declaration order.
    public func combine(_ view: View, into hasher: inout StableHasher) {
        for field in fields { field.combine(view, &hasher) }
    }
}
