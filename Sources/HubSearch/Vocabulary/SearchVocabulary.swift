import Foundation
import HubModel

/// A hub's search vocabulary: the default synonyms (`DefaultSynonyms`) with the hub's own entries in
/// place of the default entries of the same name, and after them the hub's new ones.
///
/// The index keeps each of its phrases as a term of its own (`SearchTokenizer`), and the search client
/// expands a query with it, from `search/index/vocabulary.json`, which also holds the spelling table.
public struct SearchVocabulary: Sendable {
    /// The entries in use, in order.
    public let synonyms: [SearchSynonym]
    public let spelling: SpellingVariants

    /// `hub`'s entries replace the default entries of the same name (compared without case, spaces or
    /// hyphens); an entry with no synonyms removes the default one.
    public init(hub: [SearchSynonym], defaults: [SearchSynonym] = DefaultSynonyms.all, spelling: SpellingVariants = .british) {
        var merged = defaults.map(Optional.some)
        var positions: [String: Int] = [:]
        for (position, entry) in defaults.enumerated() { positions[Self.nameKey(entry.name)] = position }
        for entry in hub {
            let key = Self.nameKey(entry.name)
            if let position = positions[key] {
                merged[position] = entry.isRemoval ? nil : entry
            } else if !entry.isRemoval {
                positions[key] = merged.count
                merged.append(entry)
            }
        }
        synonyms = merged.compactMap { $0 }
        self.spelling = spelling
    }

    /// Every word and phrase of the vocabulary; the tokenizer keeps those of two or more words as phrases.
    public var expressions: [String] {
        synonyms.flatMap { [$0.name] + $0.same + $0.broader }
    }

    /// The tokenizer that indexes this vocabulary's phrases and spells as it does.
    public var tokenizer: SearchTokenizer {
        SearchTokenizer(phrases: expressions, spelling: spelling)
    }

    /// A name as entries are matched by: folded, each run of other characters than letters and digits one space.
    static func nameKey(_ name: String) -> String {
        TextFolding.fold(name).split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// `search/index/vocabulary.json`: the spelling table, and each entry as `same` (its name first) and `broader`.
    func clientJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(ClientVocabulary(self))
    }
}

/// The vocabulary as the search client reads it.
private struct ClientVocabulary: Encodable {
    struct Spelling: Encodable {
        let words: [String: String]
        let roots: [String: String]
        let endings: [String]
        let zEndings: [String]
    }

    struct Entry: Encodable {
        let same: [String]
        let broader: [String]?
    }

    let spelling: Spelling
    let synonyms: [Entry]

    init(_ vocabulary: SearchVocabulary) {
        let table = vocabulary.spelling
        spelling = Spelling(words: table.words, roots: table.roots, endings: table.endings, zEndings: SpellingVariants.zEndings)
        synonyms = vocabulary.synonyms.map { Entry(same: [$0.name] + $0.same, broader: $0.broader.isEmpty ? nil : $0.broader) }
    }
}
