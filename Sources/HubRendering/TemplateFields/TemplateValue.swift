import HubSupport

/// A value a view's template field can hold: a string, number, flag, view, or an optional or
/// array of these. It gives templates what they read, and feeds itself into a `StableHasher`.
public protocol TemplateValue: Sendable {
    /// What a template reads: the value itself, or nil for an absent optional (as swift-mustache
    /// expects, so that `{{#field}}` sections skip it).
    var templateValue: Any? { get }

    /// Writes the value into `hasher`, so that any two different values of one type hash differently.
    func combine(into hasher: inout StableHasher)
}

extension String: TemplateValue {
    /// The string itself.
    @inlinable public var templateValue: Any? { self }

    /// Length-prefixed UTF-8, so that neighbouring strings never run together.
    public func combine(into hasher: inout StableHasher) {
        hasher.combine(self)
    }
}

extension Int: TemplateValue {
    /// The number itself.
    @inlinable public var templateValue: Any? { self }

    /// One word.
    public func combine(into hasher: inout StableHasher) {
        hasher.combine(self)
    }
}

extension Bool: TemplateValue {
    /// The flag itself.
    @inlinable public var templateValue: Any? { self }

    /// One word.
    public func combine(into hasher: inout StableHasher) {
        hasher.combine(self)
    }
}

extension Optional: TemplateValue where Wrapped: TemplateValue {
    /// The wrapped value's, or nil.
    @inlinable public var templateValue: Any? {
        switch self {
        case .some(let value): value.templateValue
        case .none: nil
        }
    }

    /// A marker, then the wrapped value if there is one: nil and "" differ.
    public func combine(into hasher: inout StableHasher) {
        switch self {
        case .some(let value):
            hasher.combine(1)
            value.combine(into: &hasher)
        case .none:
            hasher.combine(0)
        }
    }
}

extension Array: TemplateValue where Element: TemplateValue {
    /// The array itself, which templates iterate.
    @inlinable public var templateValue: Any? { self }

    /// The count, then each element: arrays never run together.
    public func combine(into hasher: inout StableHasher) {
        hasher.combine(count)
        for element in self { element.combine(into: &hasher) }
    }
}
