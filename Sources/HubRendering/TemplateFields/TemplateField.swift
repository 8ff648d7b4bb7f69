import HubSupport

/// One field of a view as templates see it: the name templates use, and how to read it.
///
/// Written once per stored property in the view's own file, as `.field("title") { $0.title }`;
/// `TemplateViewTests` checks that the fields and the stored properties agree.
public struct TemplateField<View>: Sendable {
    /// The name templates use: the property's own name.
    public let name: String
    /// The value templates read (nil for an absent optional).
    let read: @Sendable (View) -> Any?
    /// Feeds the value into a hasher.
    let combine: @Sendable (View, inout StableHasher) -> Void

    /// The field `name`, whose value `value` reads from a view.
    public static func field<Value: TemplateValue>(_ name: String, _ value: @escaping @Sendable (View) -> Value) -> Self {
        Self(name: name, read: { value($0).templateValue }, combine: { value($0).combine(into: &$1) })
    }
}
