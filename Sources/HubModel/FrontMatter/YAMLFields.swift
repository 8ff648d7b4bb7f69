import Yams

/// Typed, located access to the fields of a YAML mapping (hub.yaml, front matter,
/// one recommendation), recording a diagnostic for every missing or malformed value.
struct YAMLFields {
    let path: String
    /// Line in the file where the YAML text starts (front matter starts after the opening `---`).
    let firstLine: Int
    /// Where to report a missing field: the start of the mapping.
    let anchor: SourceLocation
    private(set) var values: [String: Node] = [:]
    private(set) var keyLocations: [String: SourceLocation] = [:]
    private var keyOrder: [String] = []

    init(mapping: Node.Mapping, path: String, firstLine: Int, anchor: SourceLocation) {
        self.path = path
        self.firstLine = firstLine
        self.anchor = anchor
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            values[name] = value
            keyLocations[name] = location(of: key)
            keyOrder.append(name)
        }
    }

    /// The file location of a YAML node.
    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return anchor }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Where a field's value is, or where its key is, or the mapping's start.
    func location(_ key: String) -> SourceLocation {
        if let node = values[key] { return location(of: node) }
        return keyLocations[key] ?? anchor
    }

    func has(_ key: String) -> Bool {
        guard let node = values[key] else { return false }
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null",
           scalar.style == .plain {
            return false
        }
        return true
    }

    /// Where each value was written.
    var valueLocations: [String: SourceLocation] {
        values.mapValues { location(of: $0) }
    }

    /// The file lines a top-level field takes: from its key to the line before the next key.
    func lines(of key: String) -> ClosedRange<Int>? {
        guard let start = keyLocations[key]?.line else { return nil }
        let later = keyLocations.values.map(\.line).filter { $0 > start }
        let end = (later.min() ?? Int.max / 2) - 1
        return start...max(start, end)
    }

    /// Warns about every key not in `known`, suggesting the nearest known one.
    func warnUnknownKeys(known: [String], what: String, log: inout DiagnosticLog) {
        for key in keyOrder where !known.contains(key) {
            log.warning(keyLocations[key] ?? anchor, "unknown \(what) field '\(key)' is ignored",
                        hint: NearestMatch.hint(for: key, among: known, kind: "field"))
        }
    }

    /// A non-empty single-line text value.
    func string(_ key: String, required: Bool, log: inout DiagnosticLog) -> String? {
        guard has(key), let node = values[key] else {
            if required {
                log.error(anchor, "missing required field '\(key)'",
                          hint: "add a line '\(key): ...' to \(path.hasSuffix("hub.yaml") ? "hub.yaml" : "the front matter")")
            }
            return nil
        }
        guard let scalar = node.scalar else {
            log.error(location(of: node), "'\(key)' must be text, not a list or mapping")
            return nil
        }
        let text = Self.trimmed(scalar.string)
        if text.isEmpty {
            if required { log.error(location(of: node), "'\(key)' is empty") }
            return nil
        }
        return text
    }

    /// A `YYYY-MM-DD` date.
    func date(_ key: String, required: Bool, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            log.error(location(key), "'\(key)' is not a valid date: '\(text)'",
                      hint: "write dates as YYYY-MM-DD, e.g. 2024-03-05, and check the day exists")
            return nil
        }
        return date
    }

    /// The YAML boolean `true` or `false` (also `True`, `TRUE`, ...); nil when absent. Anything else is
    /// an error, said as such: text in quotes, a tagged string, and YAML 1.1's `yes`, `no`, `on` and
    /// `off`, which YAML 1.2 reads as text, so that an attestation never rests on a misreading.
    func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let text = string(key, required: false, log: &log), let scalar = values[key]?.scalar else { return nil }
        let hint = "write '\(key): true' or '\(key): false', without quotes"
        guard scalar.style == .plain else {
            log.error(location(key), "'\(key)' is text in quotes, not the YAML boolean true or false: '\(text)'", hint: hint)
            return nil
        }
        guard scalar.tag.rawValue == Tag.Name.implicit.rawValue || scalar.tag.rawValue == Tag.Name.bool.rawValue else {
            log.error(location(key), "'\(key)' is tagged '\(scalar.tag.rawValue)', not the YAML boolean true or false",
                      hint: hint)
            return nil
        }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            log.error(location(key), "'\(key)' must be the YAML boolean true or false, not '\(text)'", hint: hint)
            return nil
        }
    }

    /// A list of text values, written either as `[a, b]` or as a block list; a single value is accepted as a list of one.
    func stringList(_ key: String, log: inout DiagnosticLog) -> [(value: String, location: SourceLocation)] {
        guard has(key), let node = values[key] else { return [] }
        switch node {
        case .scalar(let scalar):
            return [(scalar.string, location(of: node))]
        case .sequence(let sequence):
            var items: [(String, SourceLocation)] = []
            for item in sequence {
                if let text = item.scalar?.string, !text.isEmpty {
                    items.append((text, location(of: item)))
                } else {
                    log.error(location(of: item), "each item of '\(key)' must be plain text")
                }
            }
            return items
        default:
            log.error(location(of: node), "'\(key)' must be a list")
            return []
        }
    }

    /// A list of mappings (e.g. `recommendations`).
    func mappingList(_ key: String, log: inout DiagnosticLog) -> [YAMLFields] {
        guard has(key), let node = values[key] else { return [] }
        guard case .sequence(let sequence) = node else {
            log.error(location(of: node), "'\(key)' must be a list")
            return []
        }
        var result: [YAMLFields] = []
        for item in sequence {
            guard case .mapping(let mapping) = item else {
                log.error(location(of: item), "each item of '\(key)' must be a mapping of fields")
                continue
            }
            result.append(YAMLFields(mapping: mapping, path: path, firstLine: firstLine, anchor: location(of: item)))
        }
        return result
    }

    /// A value from a fixed vocabulary, e.g. `review_type: scr`; `named` finds a value by its id (by
    /// default its raw value; a vocabulary may accept other spellings too).
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type, required: Bool,
                                                      log: inout DiagnosticLog,
                                                      named: (String) -> T? = { T(rawValue: $0) }) -> T? where T.RawValue == String {
        guard let text = string(key, required: required, log: &log) else { return nil }
        if let value = named(text) { return value }
        let known = T.allCases.map(\.rawValue)
        let hint = NearestMatch.suggestion(for: text, among: known).map { "did you mean '\($0)'? " } ?? ""
        log.error(location(key), "'\(text)' is not a valid \(key)", hint: hint + "one of: \(known.joined(separator: ", "))")
        return nil
    }

    /// `text` without white space or newlines around it; most values have none, and are returned
    /// without a trip through Foundation.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last,
              first > 0x20, first < 0x80, last > 0x20, last < 0x80 else {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return text
    }
}
