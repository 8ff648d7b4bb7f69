import HubSupport
import Mustache

/// A view type that templates render: it lists its fields once, in its own file, as
/// `templateFields`, and that one list answers swift-mustache's lookups (without reflection,
/// which dominated rendering time) and feeds the view into a `StableHasher`.
public protocol TemplateView: MustacheParent, TemplateValue {
    /// The fields templates read, one for each stored property, named as the property.
    static var templateFields: TemplateFields<Self> { get }
}

extension TemplateView {
    /// The field `name`, for swift-mustache; nil when there is none (the lookup then climbs the context stack).
    public func child(named name: String) -> Any? {
        Self.templateFields.value(named: name, of: self)
    }

    /// The view itself, whose fields templates read.
    public var templateValue: Any? { self }

    /// Feeds every template field into `hasher`, in declaration order, nested views, arrays and
    /// optionals included: two views whose templates would read anything different hash differently.
    public func combine(into hasher: inout StableHasher) {
        Self.templateFields.combine(self, into: &hasher)
    }
}
