import Foundation

/// Case and diacritic folding shared by the index and (in JavaScript) the search client:
/// "Zoë's" and "ZOES" both fold to "zoe's" / "zoes".
public enum TextFolding {
    /// Lower-cases `word` and removes diacritics; ASCII is handled without Foundation.
    public static func fold<Word: StringProtocol>(_ word: Word) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
    }
}
