/// Reads `hub.yaml` into a `HubConfig`, reporting every problem.
public enum HubConfigParser {
    static let knownFields = ["title", "description", "base_url", "language", "scope", "themes", "committees", "pseudonyms", "acknowledge",
                              "search"]

    /// Parses the text of `hub.yaml`; `path` is used in diagnostics.
    public static func parse(_ yaml: String, path: String, log: inout DiagnosticLog) -> HubConfig? {
        guard let fields = YAMLDocument.mapping(yaml, path: path, firstLine: 1, log: &log) else { return nil }
        fields.warnUnknownKeys(known: knownFields, what: "hub.yaml", log: &log)
        let title = fields.string("title", required: true, log: &log)
        let description = fields.string("description", required: false, log: &log) ?? ""
        let baseURL = fields.string("base_url", required: true, log: &log)
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            log.error(fields.location("base_url"), "base_url must be an absolute http(s) URL, not '\(baseURL)'",
                      hint: "e.g. https://example.org/learning-hub/")
        }
        let language = fields.string("language", required: false, log: &log) ?? "en-GB"
        if !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            log.error(fields.location("language"), "language must be a language tag such as en-GB, not '\(language)'")
        }

        if !fields.has("themes") {
            log.error(fields.anchor, "missing required field 'themes'", hint: "declare the learning themes as a list of {id, title, description}")
        }
        let themes = vocabulary(fields, key: "themes", what: "theme", otherKeys: ["title", "description"], log: &log) { id, item, log in
            LearningTheme(id: id, title: item.string("title", required: true, log: &log) ?? id,
                          description: item.string("description", required: false, log: &log) ?? "")
        }
        let committees = vocabulary(fields, key: "committees", what: "committee", otherKeys: ["name", "area", "kind"], log: &log) { id, item, log in
            Committee(id: id, name: item.string("name", required: true, log: &log) ?? id,
                      area: item.string("area", required: false, log: &log) ?? "",
                      kind: item.choice("kind", as: CommitteeKind.self, required: false, log: &log))
        }
        let pseudonyms = fields.stringList("pseudonyms", log: &log).map(\.value)
        let acknowledgements = Acknowledgement.list(fields, log: &log)
        let scope = fields.choice("scope", as: HubScope.self, required: false, log: &log)
        let synonyms = searchSynonyms(fields, log: &log)
        guard let title, let baseURL else { return nil }
        return HubConfig(title: title, description: description, baseURL: baseURL, language: language,
                         learningThemes: themes, committees: committees, pseudonyms: pseudonyms,
                         acknowledgements: acknowledgements, acknowledgementLines: fields.lines(of: "acknowledge"), scope: scope,
                         searchSynonyms: synonyms)
    }

    /// A list of `{id, ...}` entries with unique, valid ids, each made by `make` (themes, committees).
    private static func vocabulary<Entry>(_ fields: YAMLFields, key: String, what: String, otherKeys: [String],
                                          log: inout DiagnosticLog,
                                          make: (String, YAMLFields, inout DiagnosticLog) -> Entry) -> [Entry] {
        var entries: [Entry] = []
        var ids: Set<String> = []
        for item in fields.mappingList(key, log: &log) {
            item.warnUnknownKeys(known: ["id"] + otherKeys, what: what, log: &log)
            guard let id = item.string("id", required: true, log: &log) else { continue }
            if !Slug.isValidID(id) {
                log.error(item.location("id"), "\(what) id '\(id)' may contain only lower-case letters, digits and '-'")
                continue
            }
            guard ids.insert(id).inserted else {
                log.error(item.location("id"), "\(what) '\(id)' is declared twice")
                continue
            }
            entries.append(make(id, item, &log))
        }
        return entries
    }
}
