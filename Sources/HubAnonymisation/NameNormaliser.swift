import Foundation

/// Folds a word for denylist matching: lower case, accents and other diacritics removed, curly
/// apostrophes made straight and a possessive `'s` (or a final `'`) dropped: "Zoë's" becomes "zoe".
enum NameNormaliser {
    /// Letters that do not decompose into a base letter and a mark.
    private static let foldedLetters: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ı": "i", "ħ": "h", "Ħ": "h",
    ]

    /// The folded form of one word.
    static func fold(_ word: some StringProtocol) -> String {
        var folded = ""
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            folded = word.lowercased()
        } else {
            var scalars = String.UnicodeScalarView()
            for scalar in String(word).decomposedStringWithCanonicalMapping.unicodeScalars {
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    continue
                default:
                    break
                }
                if scalar == "\u{2019}" || scalar == "\u{2018}" {
                    scalars.append("'")
                } else if let replacement = foldedLetters[scalar] {
                    scalars.append(contentsOf: replacement.unicodeScalars)
                } else {
                    scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            }
            folded = String(scalars)
        }
        if folded.hasSuffix("'s") {
            folded.removeLast(2)
        } else if folded.hasSuffix("'") {
            folded.removeLast()
        }
        return folded
    }
}
