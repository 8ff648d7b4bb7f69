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
        var known: [String: String] = [:]
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
    ///
    /// Works on the UTF-8 bytes: ASCII is classified by value, other characters by their Unicode properties.
    func forEachWord(in text: String, _ body: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var start = -1
            var index = 0
            while index < count {
                let (scalar, width) = Self.decode(bytes, at: index)
                let isWord = Self.isWordScalar(scalar)
                if isWord {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    // Keep an apostrophe only between two word characters ("child's").
                    let isApostrophe = scalar == "'" || scalar == "\u{2019}"
                    let next = index + width
                    if !(isApostrophe && next < count && Self.isWordScalar(Self.decode(bytes, at: next).scalar)) {
                        body(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                        start = -1
                    }
                }
                index += width
            }
            if start >= 0 { body(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<count]), as: UTF8.self)) }
        }
    }

    /// The scalar starting at `index` of valid UTF-8 and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for offset in 1..<width where index + offset < bytes.count {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
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
