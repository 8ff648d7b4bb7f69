import Foundation

/// The front matter of the sample hub's files, read here with a few lines of string handling rather
/// than the generator's parser, so that the whole-site tests count what the site should show on their own.
struct SampleHubFrontMatter {
    /// A top-level field's value as written (a block list's items joined by ", "), by field name.
    let fields: [String: String]
    /// The file's name without `.md`.
    let slug: String

    init(file: URL) throws {
        slug = file.deletingPathExtension().lastPathComponent
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        var fields: [String: String] = [:]
        var listKey: String?
        for line in lines.dropFirst() {
            if line == "---" { break }
            if line.hasPrefix("  - "), let key = listKey {
                let item = String(line.dropFirst(4))
                fields[key] = fields[key].map { $0.isEmpty ? item : $0 + ", " + item } ?? item
            } else if !line.hasPrefix(" "), let colon = line.firstIndex(of: ":") {
                let key = String(line[..<colon])
                fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                listKey = key
            }
        }
        self.fields = fields
    }

    /// Every review of the hub in `content`.
    static func reviews(in content: URL) throws -> [SampleHubFrontMatter] {
        let folder = content.appendingPathComponent("reviews")
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }.map(SampleHubFrontMatter.init(file:)).sorted { $0.slug < $1.slug }
    }

    /// The subject: as written, or as the review types of the sample settle it (the content model's rule,
    /// written out here for the types the sample uses without a `subject`).
    var subject: String {
        if let written = fields["subject"] { return written }
        switch fields["review_type"] {
        case "sar", "dhr", "sir": return "adult"
        case "cspr": return "child"
        default: return "not given"
        }
    }

    /// Committee names by id from `hub.yaml` (`  - id:` followed by `    name:`).
    static func committeeNames(in content: URL) throws -> [(id: String, name: String)] {
        let lines = try String(contentsOf: content.appendingPathComponent("hub.yaml"), encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "committees:") else { return [] }
        var committees: [(String, String)] = []
        for (offset, line) in lines[start...].enumerated() where line.hasPrefix("  - id: ") {
            let name = lines[start + offset + 1].replacingOccurrences(of: "    name: ", with: "")
            committees.append((String(line.dropFirst("  - id: ".count)), name))
        }
        return committees
    }
}
