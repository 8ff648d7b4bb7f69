import Yams

/// The `search:` settings of `hub.yaml`:
///
/// ```yaml
/// search:
///   synonyms:
///     MARAC: [multi-agency risk assessment conference]
///     CSE:
///       same: [child sexual exploitation]
///       broader: [exploitation]
///     HV: []          # removes the default entry
/// ```
extension HubConfigParser {
    static let searchFields = ["synonyms"]

    /// The synonyms of the `search` mapping, each reported where it is wrong.
    static func searchSynonyms(_ fields: YAMLFields, log: inout DiagnosticLog) -> [SearchSynonym] {
        guard fields.has("search"), let node = fields.values["search"] else { return [] }
        guard case .mapping(let mapping) = node else {
            log.error(fields.location(of: node), "'search' must be a mapping", hint: "write 'search:' and, indented under it, 'synonyms:'")
            return []
        }
        let search = YAMLFields(mapping: mapping, path: fields.path, firstLine: fields.firstLine, anchor: fields.location(of: node))
        search.warnUnknownKeys(known: searchFields, what: "search", log: &log)
        guard search.has("synonyms"), let synonymsNode = search.values["synonyms"] else { return [] }
        guard case .mapping(let entries) = synonymsNode else {
            log.error(search.location(of: synonymsNode), "'synonyms' must be a mapping of a word or phrase to the words and phrases that mean the same",
                      hint: "e.g. 'DA: [domestic abuse, domestic violence]'")
            return []
        }
        var synonyms: [SearchSynonym] = []
        var names: Set<String> = []
        for (key, value) in entries {
            guard let name = key.scalar.map({ YAMLFields.trimmed($0.string) }), hasWord(name) else {
                log.error(search.location(of: key), "a synonym's name must be a word or phrase")
                continue
            }
            guard names.insert(name.lowercased()).inserted else {
                log.error(search.location(of: key), "the synonym '\(name)' is declared twice")
                continue
            }
            if let entry = synonym(name, value, in: search, log: &log) { synonyms.append(entry) }
        }
        return synonyms
    }

    /// One entry: a list of what means the same, or a mapping of `same` and `broader`.
    private static func synonym(_ name: String, _ value: Node, in fields: YAMLFields, log: inout DiagnosticLog) -> SearchSynonym? {
        switch value {
        case .sequence, .scalar:
            guard let same = expressions(value, of: name, in: fields, log: &log) else { return nil }
            return SearchSynonym(name, same: same)
        case .mapping(let mapping):
            let entry = YAMLFields(mapping: mapping, path: fields.path, firstLine: fields.firstLine, anchor: fields.location(of: value))
            entry.warnUnknownKeys(known: ["same", "broader"], what: "synonym", log: &log)
            let same = entry.values["same"].map { expressions($0, of: name, in: entry, log: &log) } ?? []
            let broader = entry.values["broader"].map { expressions($0, of: name, in: entry, log: &log) } ?? []
            guard let same, let broader else { return nil }
            return SearchSynonym(name, same: same, broader: broader)
        default:
            log.error(fields.location(of: value), "the synonyms of '\(name)' must be a list")
            return nil
        }
    }

    /// A list of words and phrases (a single one is a list of one; an empty value, an empty list).
    private static func expressions(_ node: Node, of name: String, in fields: YAMLFields, log: inout DiagnosticLog) -> [String]? {
        let items: [Node]
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain && ["", "~", "null"].contains(scalar.string) { return [] }
            items = [node]
        case .sequence(let sequence): items = Array(sequence)
        default:
            log.error(fields.location(of: node), "the synonyms of '\(name)' must be a list of words and phrases")
            return nil
        }
        var result: [String] = []
        for item in items {
            guard let text = item.scalar.map({ YAMLFields.trimmed($0.string) }), hasWord(text) else {
                log.error(fields.location(of: item), "each synonym of '\(name)' must be a word or phrase",
                          hint: "write plain text, e.g. [domestic abuse, DA]")
                return nil
            }
            result.append(text)
        }
        return result
    }

    /// Whether `text` has a letter or a digit.
    private static func hasWord(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
