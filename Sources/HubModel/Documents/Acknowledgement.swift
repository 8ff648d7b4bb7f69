import Foundation

/// An author's acknowledgement, in a document's front matter, that one flagged piece of text may be
/// published (for example a national helpline's number), with the reason.
///
/// ```yaml
/// acknowledge:
///   - text: "0800 1111"
///     reason: Childline, the national helpline for children
/// ```
public struct Acknowledgement: Sendable, Codable, Hashable {
    /// The flagged text exactly as the check shows it.
    public let text: String
    public let reason: String
    public let location: SourceLocation
}

extension Acknowledgement {
    /// Reasons that say nothing: a template's placeholder, or no words at all.
    static let placeholderReasons: Set<String> = [
        "...", "…", "todo", "to do", "tbc", "tbd", "xxx", "xx", "x", "?", "??", "reason", "fixme", "-", "n/a", "na",
        "none", "placeholder", "add reason", "reason here", "because", "ok", "safe", "fine",
    ]

    /// Whether `reason` is a placeholder rather than a reason.
    static func isPlaceholder(_ reason: String) -> Bool {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return placeholderReasons.contains(trimmed) || !trimmed.contains(where: \.isLetter)
    }

    /// The `acknowledge:` list of a front matter or of `hub.yaml`: each an exact text with a real reason.
    static func list(_ fields: YAMLFields, log: inout DiagnosticLog) -> [Acknowledgement] {
        fields.mappingList("acknowledge", log: &log).compactMap { item in
            item.warnUnknownKeys(known: ["text", "reason"], what: "acknowledgement", log: &log)
            guard let text = item.string("text", required: true, log: &log) else { return nil }
            guard let reason = item.string("reason", required: true, log: &log) else { return nil }
            if isPlaceholder(reason) {
                log.error(item.location("reason"), "the reason for publishing \"\(text)\" is a placeholder: '\(reason)'",
                          hint: "say why it is safe to publish, e.g. 'Childline, the national helpline for children', or remove the text")
                return nil
            }
            return Acknowledgement(text: text, reason: reason, location: item.location("text"))
        }
    }
}
