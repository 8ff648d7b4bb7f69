/// American spellings folded into British ones before a word is stemmed, so that "behavior" and
/// "behaviour", "organization" and "organisation", "pediatric" and "paediatric" are one term.
///
/// A folded word is looked up, in this order: as a whole word (`words`); as one of `roots` followed by
/// one of `endings` ("behaviorally" is "behavior" + "ally"); and by the rule for "-ize" and "-yze"
/// ("organizing" becomes "organising", "analyzed" "analysed") when at least three letters come before
/// the "iz" ("size", "prize" and "seize" stay as they are). Only the index and the search client need
/// to agree, so a mapped word need not be a real British word. The search client applies the same
/// table, which the generator writes with the vocabulary (`SearchVocabulary`), and the same rule.
public struct SpellingVariants: Sendable, Equatable {
    /// Whole words: American spelling to British.
    public let words: [String: String]
    /// Roots that take any of `endings`: American to British.
    public let roots: [String: String]
    /// The endings a root may take, longest first ("" last).
    public let endings: [String]

    /// The first three bytes of every root: most words start otherwise, and need no further look.
    private let rootStarts: Set<UInt32>

    public init(words: [String: String], roots: [String: String], endings: [String]) {
        self.words = words
        self.roots = roots
        self.endings = endings.sorted { $0.utf8.count > $1.utf8.count || $0.utf8.count == $1.utf8.count && $0 < $1 }
        rootStarts = Set(roots.keys.compactMap { Self.start(Array($0.utf8)) })
    }

    public static func == (left: SpellingVariants, right: SpellingVariants) -> Bool {
        left.words == right.words && left.roots == right.roots && left.endings == right.endings
    }

    /// The British spelling of a folded word, or the word itself. (The tokenizer asks once for each
    /// distinct word of a run of documents, hundreds of thousands on a large hub: most are answered
    /// by a look at their first bytes.)
    public func british(_ word: String) -> String {
        if let mapped = words[word] { return mapped }
        var copy = word
        let british: String? = copy.withUTF8 { bytes in
            // Every root is plain ASCII of at least three letters.
            if let start = Self.start(bytes), rootStarts.contains(start), let british = britishRoot(bytes) { return british }
            guard bytes.contains(UInt8(ascii: "z")) else { return nil }
            return Self.izeToIse(Array(bytes))
        }
        return british ?? word
    }

    /// The first three bytes of `bytes` as one number, if it has three and they are ASCII.
    private static func start<Bytes: Collection>(_ bytes: Bytes) -> UInt32? where Bytes.Element == UInt8, Bytes.Index == Int {
        guard bytes.count >= 3 else { return nil }
        let (a, b, c) = (bytes[bytes.startIndex], bytes[bytes.startIndex + 1], bytes[bytes.startIndex + 2])
        guard (a | b | c) < 0x80 else { return nil }
        return UInt32(a) << 16 | UInt32(b) << 8 | UInt32(c)
    }

    /// A root and an ending, the root made British.
    private func britishRoot(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        for ending in endings where bytes.count > ending.utf8.count {
            let cut = bytes.count - ending.utf8.count
            guard bytes[cut...].elementsEqual(ending.utf8) else { continue }
            if let british = roots[String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self)] { return british + ending }
        }
        return nil
    }

    /// The endings of "-ize" and "-yze" words the rule rewrites with an "s".
    static let zEndings = ["ization", "izations", "ize", "izes", "ized", "izing", "izer", "izers",
                           "yze", "yzes", "yzed", "yzing", "yzer", "yzers"]

    /// "organizing" -> "organising", "analyze" -> "analyse"; nil when the rule does not apply.
    private static func izeToIse(_ bytes: [UInt8]) -> String? {
        guard bytes.contains(UInt8(ascii: "z")) else { return nil }
        for ending in zEndings {
            let count = ending.utf8.count
            guard bytes.count >= count + 3, bytes[(bytes.count - count)...].elementsEqual(ending.utf8) else { continue }
            var british = bytes
            british[bytes.count - count + 1] = UInt8(ascii: "s")
            return String(decoding: british, as: UTF8.self)
        }
        return nil
    }
}
