/// Splits text into search terms: Unicode letters and digits (with inner apostrophes), folded,
/// stop words dropped, stemmed with the Snowball English stemmer.
///
/// The JavaScript client (`static/search/search.js`) applies the same rules to queries.
public struct SearchTokenizer: Sendable {
    private let stemmer = EnglishStemmer()

    public init() {}

    /// Calls `body` with each term of `text` in order; returns the number of words seen (stop words included).
    @discardableResult
    public func forEachTerm(in text: String, _ body: (String) -> Void) -> Int {
        var words = 0
        // Words repeat far more than they vary: fold, filter and stem each distinct word once.
        var known: [Substring: String] = [:]
        forEachWord(in: text) { word in
            words += 1
            let term: String
            if let cached = known[word] {
                term = cached
            } else {
                let folded = TextFolding.fold(word)
                term = StopWords.english.contains(folded) ? "" : stemmer.stem(Self.trimApostrophes(folded))
                known[word] = term
            }
            if !term.isEmpty { body(term) }
        }
        return words
    }

    /// The terms of `text`, in order.
    public func terms(_ text: String) -> [String] {
        var result: [String] = []
        forEachTerm(in: text) { result.append($0) }
        return result
    }

    /// Calls `body` with each word: a run of letters, digits and marks, with apostrophes inside it.
    func forEachWord(in text: String, _ body: (Substring) -> Void) {
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isWord = Self.isWordScalar(scalar)
            let isApostrophe = scalar == "'" || scalar == "\u{2019}"
            if isWord {
                if start == nil { start = index }
            } else if isApostrophe, start != nil {
                // Keep an apostrophe only between two word characters ("child's").
                let next = scalars.index(after: index)
                if next == scalars.endIndex || !Self.isWordScalar(scalars[next]) {
                    body(Substring(scalars[start!..<index]))
                    start = nil
                }
            } else if let wordStart = start {
                body(Substring(scalars[wordStart..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let wordStart = start { body(Substring(scalars[wordStart..<scalars.endIndex])) }
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    private static func trimApostrophes(_ word: String) -> String {
        guard word.contains("'") else { return word }
        // "child's" -> "child's" (the stemmer removes the 's), but a trailing "'" goes.
        var result = Substring(word)
        while result.hasSuffix("'") { result = result.dropLast() }
        while result.hasPrefix("'") { result = result.dropFirst() }
        return String(result)
    }
}
