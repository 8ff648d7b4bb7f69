/// One problem found in a hub: where, how serious, what is wrong and what to do.
public struct Diagnostic: Sendable, Codable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is. Errors stop the build; warnings do not.
    public enum Severity: String, Sendable, Codable, Hashable {
        case error
        case warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String
    /// What the author can do about it, if there is something useful to say.
    public let hint: String?
    /// The step of the build that reported it (set when it joins the build's log).
    public internal(set) var step: BuildStep?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `path:line:col: error: message`, then the hint on an indented line.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }

    /// Diagnostics are equal when they say the same at the same place, whichever step reported them.
    public static func == (left: Diagnostic, right: Diagnostic) -> Bool {
        (left.severity, left.location, left.message, left.hint) == (right.severity, right.location, right.message, right.hint)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(location)
        hasher.combine(message)
        hasher.combine(hint)
    }

    /// This diagnostic as a warning (a problem in a document that is not published yet).
    public var asWarning: Diagnostic {
        guard severity == .error else { return self }
        var warning = Diagnostic(.warning, at: location, message, hint: hint)
        warning.step = step
        return warning
    }

    /// This diagnostic, tagged with the step that reported it.
    func tagged(_ step: BuildStep) -> Diagnostic {
        var tagged = self
        tagged.step = step
        return tagged
    }
}
