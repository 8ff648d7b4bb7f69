import HubAnonymisation

/// Reports a document's (or `hub.yaml`'s, or an attachment's) findings: each once, unless an
/// acknowledgement covers it, and afterwards the acknowledgements that covered nothing.
struct FindingReport {
    let severity: Diagnostic.Severity
    private let acknowledged: [String: Acknowledgement]
    private(set) var used: Set<String> = []
    /// What was reported where: a line (or part) and the text, so that a link's address that the body
    /// shows too (an autolink) is reported once.
    private var reported: Set<String> = []

    init(acknowledgements: [Acknowledgement], severity: Diagnostic.Severity) {
        acknowledged = Dictionary(acknowledgements.map { (Self.normalise($0.text), $0) }) { first, _ in first }
        self.severity = severity
    }

    /// Reports `finding` at `location` (in `channel`, when it is not the text itself), unless it is acknowledged
    /// or was reported on its line already (a link's address is in the body's text too).
    mutating func add(_ finding: IdentifierFinding, at location: SourceLocation, channel: String? = nil, log: inout DiagnosticLog) {
        let key = Self.normalise(finding.matchedText)
        if acknowledged[key] != nil {
            used.insert(key)
            return
        }
        guard reported.insert("\(location.line) \(location.part ?? "") \(key)").inserted else { return }
        let place = channel.map { " in \($0)" } ?? ""
        let message = "this looks like \(finding.kind.label)\(place), which could identify someone: \"\(finding.matchedText)\""
        let hint = "remove or anonymise it; if it is safe to publish (e.g. a national helpline, a cited author), acknowledge it "
            + "in the front matter: acknowledge: [{text: \"\(finding.matchedText)\", reason: ...}]"
        if severity == .error { log.error(location, message, hint: hint) } else { log.warning(location, message, hint: hint) }
    }

    /// Whether the acknowledgement of `text` covered a finding.
    func covers(_ text: String) -> Bool { used.contains(Self.normalise(text)) }

    /// Warns about each acknowledgement of `acknowledgements` that covered nothing.
    func warnUnused(log: inout DiagnosticLog) {
        for acknowledgement in acknowledged.values.sorted(by: { $0.location.line < $1.location.line })
        where !used.contains(Self.normalise(acknowledgement.text)) {
            log.warning(acknowledgement.location, Self.unusedMessage(acknowledgement), hint: Self.unusedHint)
        }
    }

    static func unusedMessage(_ acknowledgement: Acknowledgement) -> String {
        "the acknowledgement of \"\(acknowledgement.text)\" matches nothing the check found"
    }

    static let unusedHint = "remove it, or copy the text exactly as the check reported it"

    /// Acknowledged text matches however its spaces, case and invisible characters are written.
    static func normalise(_ text: String) -> String {
        let visible = text.unicodeScalars.filter { !["\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"].contains($0) }
        return String(String.UnicodeScalarView(visible)).split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
