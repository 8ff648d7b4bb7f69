import HubAnonymisation
import HubSupport

/// What scanning one PDF found: the identifiers in its text (by page) and in its metadata fields, or
/// why it could not be read.
public struct AttachmentScan: Sendable, Equatable {
    /// One identifier in an attachment.
    public struct Finding: Sendable, Equatable {
        public let kind: IdentifierKind
        /// As a reader sees it.
        public let text: String
        /// Where: `page 3`, or `metadata field Author`.
        public let part: String
        /// For ordering: the page, or 0 for metadata.
        public let order: Int

        public init(kind: IdentifierKind, text: String, part: String, order: Int) {
            self.kind = kind
            self.text = text
            self.part = part
            self.order = order
        }
    }

    public let findings: [Finding]
    /// Why the file could not be scanned (unreadable, encrypted, no PDF reader installed); nil when it was.
    public let problem: String?

    public init(findings: [Finding], problem: String?) {
        self.findings = findings
        self.problem = problem
    }

    public func write(to writer: inout BinaryWriter) {
        writer.optional(problem) { $0.string($1) }
        writer.array(findings) { writer, finding in
            writer.string(finding.kind.rawValue)
            writer.string(finding.text)
            writer.string(finding.part)
            writer.int(finding.order)
        }
    }

    public init(from reader: inout BinaryReader) throws {
        problem = try reader.optional { try $0.string() }
        findings = try reader.array { reader in
            Finding(kind: try reader.value(IdentifierKind.self), text: try reader.string(), part: try reader.string(), order: try reader.int())
        }
    }
}
