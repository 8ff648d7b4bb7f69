import CYaml
import HubSupport

/// The size YAML text would have with every alias (`*name`) replaced by what its anchor (`&name`)
/// names, worked out from the parser's events without expanding anything: a few lines of aliases of
/// aliases can stand for gigabytes of text ("billion laughs"), and each copy would be rendered.
enum YAMLExpansion {
    /// The most a document's front matter (or `hub.yaml`) may expand to: a thousand times what any needs.
    static let limit = 1_000_000

    /// Where (0-based line and column in `yaml`) the expanded text first grows past `limit`, if it
    /// does. Text without an alias is not parsed at all; text the parser rejects gives nil, and the
    /// YAML reader then reports it.
    static func overflow(of yaml: String) -> (line: Int, column: Int)? {
        guard ByteFind.contains(UInt8(ascii: "*"), in: yaml) else { return nil }
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var tally = Tally()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                tally.count(event)
                if tally.total > limit { return (Int(event.start_mark.line), Int(event.start_mark.column)) }
            }
        }
    }

    /// Sizes counted so far: one for each node, and a scalar's bytes; an alias counts what its anchor named.
    private struct Tally {
        var total = 0
        /// The expanded size of each anchored node.
        var anchored: [String: Int] = [:]
        /// The collections open around the current event: their anchors and sizes so far.
        var open: [(anchor: String?, size: Int)] = []

        mutating func count(_ event: yaml_event_t) {
            switch event.type {
            case YAML_SCALAR_EVENT:
                let size = Int(event.data.scalar.length) + 1
                if let anchor = Self.name(event.data.scalar.anchor) { anchored[anchor] = size }
                add(size)
            case YAML_ALIAS_EVENT:
                add(Self.name(event.data.alias.anchor).flatMap { anchored[$0] } ?? 1)
            case YAML_SEQUENCE_START_EVENT:
                open.append((Self.name(event.data.sequence_start.anchor), 0))
                add(1)
            case YAML_MAPPING_START_EVENT:
                open.append((Self.name(event.data.mapping_start.anchor), 0))
                add(1)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return }
                if let anchor = closed.anchor { anchored[anchor] = closed.size }
                if !open.isEmpty { open[open.count - 1].size += closed.size }
            default:
                break
            }
        }

        /// Adds `size` to the total and to the innermost open collection.
        private mutating func add(_ size: Int) {
            total += size
            if !open.isEmpty { open[open.count - 1].size += size }
        }

        private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }
    }
}
