import HubSupport

/// The binary forms of the small values that documents and their diagnostics are made of.
extension Diagnostic {
    public func write(to writer: inout BinaryWriter) {
        writer.string(severity.rawValue)
        location.write(to: &writer)
        writer.string(message)
        writer.optional(hint) { $0.string($1) }
    }

    public init(from reader: inout BinaryReader) throws {
        let severity = try reader.value(Severity.self)
        self.init(severity, at: try SourceLocation(from: &reader), try reader.string(),
                  hint: try reader.optional { try $0.string() })
    }
}

extension SourceLocation {
    func write(to writer: inout BinaryWriter) {
        writer.string(path)
        writer.int(line)
        writer.int(column)
        writer.optional(part) { $0.string($1) }
    }

    /// A location whose path is usually `path` (the document's own, then not made again).
    init(from reader: inout BinaryReader, path: String = "") throws {
        let path = try reader.string(reusing: path), line = try reader.int(), column = try reader.int()
        if let part = try reader.optional({ try $0.string() }) {
            self.init(path: path, part: part, order: line)
        } else {
            self.init(path: path, line: line, column: column)
        }
    }
}

extension CalendarDate {
    func write(to writer: inout BinaryWriter) {
        writer.int(year)
        writer.int(month)
        writer.int(day)
    }

    init(from reader: inout BinaryReader) throws {
        guard let date = CalendarDate(year: try reader.int(), month: try reader.int(), day: try reader.int()) else {
            throw BinaryReader.Malformed()
        }
        self = date
    }
}

extension Acknowledgement {
    func write(to writer: inout BinaryWriter) {
        writer.string(text)
        writer.string(reason)
        location.write(to: &writer)
    }

    init(from reader: inout BinaryReader, path: String) throws {
        self.init(text: try reader.string(), reason: try reader.string(), location: try SourceLocation(from: &reader, path: path))
    }
}
