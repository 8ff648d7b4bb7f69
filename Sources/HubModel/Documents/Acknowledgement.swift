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
