import Foundation

/// The labelled test set in `Tests/LabelledSet/`: documents with planted identifiers marked
/// `⟦kind:text⟧` (`⟦kind!:text⟧` for an evasion), read with the markers taken out.
public struct LabelledSet {
    /// One planted identifier: where it starts in its file (after the markers are taken out).
    public struct Label: Sendable, Hashable {
        public let path: String
        public let line: Int
        public let column: Int
        public let kind: String
        public let isEvasion: Bool
        public let text: String
    }

    /// The documents (paths relative to the hub folder) with the markers taken out, and `hub.yaml`.
    public let files: [String: String]
    public let labels: [Label]
    /// Words in the documents.
    public let wordCount: Int

    public static let folder = Repository.root.appendingPathComponent("Tests/LabelledSet")

    public init() throws {
        var files: [String: String] = [:]
        var labels: [Label] = []
        var words = 0
        for kind in ["reviews", "briefs", "briefings", "pages"] {
            let folder = Self.folder.appendingPathComponent(kind)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".md") {
                let path = "\(kind)/\(name)"
                let (text, found) = Self.strip(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), path: path)
                files[path] = text
                labels += found
                words += text.split(whereSeparator: \.isWhitespace).count
            }
        }
        files["hub.yaml"] = try String(contentsOf: Self.folder.appendingPathComponent("hub.yaml"), encoding: .utf8)
        self.files = files
        self.labels = labels
        wordCount = words
    }

    /// `text` without its markers, and the labels they made.
    static func strip(_ text: String, path: String) -> (String, [Label]) {
        var output = ""
        var labels: [Label] = []
        var line = 1
        var column = 1
        var characters = Array(text)[...]
        while let character = characters.first {
            if character == "⟦", let colon = characters.firstIndex(of: ":"), let close = characters.firstIndex(of: "⟧") {
                var kind = String(characters[characters.index(after: characters.startIndex)..<colon])
                let isEvasion = kind.hasSuffix("!")
                if isEvasion { kind.removeLast() }
                let body = String(characters[characters.index(after: colon)..<close])
                labels.append(Label(path: path, line: line, column: column, kind: kind, isEvasion: isEvasion, text: body))
                characters = Array(body)[...] + characters[characters.index(after: close)...]
                continue
            }
            if character == "⟧" {
                characters = characters.dropFirst()
                continue
            }
            output.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
            characters = characters.dropFirst()
        }
        return (output, labels)
    }

    /// The words of each kind's findings in the check's messages.
    public static let messageLabels: [String: String] = [
        "email": "an email address", "phone": "a phone number", "postcode": "a postcode", "nhs": "an NHS number",
        "chi": "a CHI number", "ni": "a National Insurance number", "dob": "a date of birth",
        "institution": "a named school", "name": "a person's name",
    ]
}
