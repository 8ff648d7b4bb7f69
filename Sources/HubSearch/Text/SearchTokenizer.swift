import HubSupport

/// Splits text into search terms: Unicode letters and digits (with inner apostrophes), folded,
/// stop words dropped, American spellings made British (`SpellingVariants`), stemmed with the Snowball
/// English stemmer. Words joined by hyphens ("self-harm") also give the term of the joined word
/// ("selfharm"), and each of `phrases` found in the text gives a term of its own (`phraseTerm`).
///
/// The JavaScript client (`static/search/words.js`) applies the same rules to queries; a browser test checks that it
/// finds every word of an index under the term the index has.
public struct SearchTokenizer: Sendable {
    private let stemmer = EnglishStemmer()
    /// How American spellings become British before stemming.
    public let spelling: SpellingVariants
    /// The phrases indexed as terms of their own, each as its words' keys.
    let phrases: [SearchPhrase]

    /// `phrases` are texts of two or more words (the multi-word expressions of the search vocabulary);
    /// a text of one word, or of stop words only, is not a phrase and is left out.
    public init(phrases: [String] = [], spelling: SpellingVariants = .british) {
        self.spelling = spelling
        var seen: Set<String> = []
        var compiled: [SearchPhrase] = []
        for text in phrases {
            guard let phrase = SearchPhrase(text, stemmer: stemmer, spelling: spelling), seen.insert(phrase.term).inserted else { continue }
            compiled.append(phrase)
        }
        self.phrases = compiled.sorted { TermBytes.compare($0.term, $1.term) < 0 }
    }

    /// Stands for what the tokenizer makes of a text beyond the generator's own rules: its phrases.
    public var fingerprint: Fingerprint {
        var hasher = StableHasher()
        hasher.combine("search tokenizer phrases")
        hasher.combine(phrases.count)
        for phrase in phrases { hasher.combine(phrase.term) }
        return hasher.finalize()
    }

    /// The term a text of two or more words is indexed under when it is one of the tokenizer's phrases:
    /// its words' keys (a word's term, or a stop word as it is) joined by spaces, "looked after" -> "look after".
    public func phraseTerm(_ text: String) -> String? {
        SearchPhrase(text, stemmer: stemmer, spelling: spelling)?.term
    }

    /// Calls `body` with each term of `text` in order; returns the number of words seen (stop words included).
    @discardableResult
    public func forEachTerm(in text: String, _ body: (String) -> Void) -> Int {
        let table = TermTable(tokenizer: self)
        return table.forEachTermID(in: text) { body(table.terms[Int($0)]) }
    }

    /// The terms of `text`, in order.
    public func terms(_ text: String) -> [String] {
        var result: [String] = []
        forEachTerm(in: text) { result.append($0) }
        return result
    }

    /// The term a single word stands for: folded, trimmed of outer apostrophes, made British and stemmed; "" for a stop word.
    func term(ofWord word: String) -> String {
        if case .term(let term) = key(ofWord: word) { return term }
        return ""
    }

    /// What a single word stands for in the index and in phrases: its term, or a stop word.
    func key(ofWord word: String) -> WordKey {
        Self.key(ofWord: word, stemmer: stemmer, spelling: spelling)
    }

    static func key(ofWord word: String, stemmer: EnglishStemmer, spelling: SpellingVariants) -> WordKey {
        let folded = TextFolding.fold(word)
        if let position = StopWords.positions[folded] { return .stop(position) }
        let term = stemmer.stem(british(trimApostrophes(folded), spelling: spelling))
        return term.isEmpty ? .none : .term(term)
    }

    /// The British spelling of a folded word; a possessive "'s" is kept apart ("behavior's" -> "behaviour's").
    private static func british(_ word: String, spelling: SpellingVariants) -> String {
        if word.utf8.count > 2, word.hasSuffix("'s") {
            let base = String(word.dropLast(2))
            let mapped = spelling.british(base)
            return mapped == base ? word : mapped + "'s"
        }
        return spelling.british(word)
    }

    /// Calls `body` with each word of `text`: a run of letters, digits and marks, with apostrophes inside it.
    func forEachWord(in text: String, _ body: (String) -> Void) {
        Self.forEachWord(in: text, body)
    }

    static func forEachWord(in text: String, _ body: (String) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            Self.forEachWord(in: bytes) { body(String(decoding: UnsafeBufferPointer(rebasing: bytes[$0..<$1]), as: UTF8.self)) }
        }
    }

    /// Calls `body` with the byte range (`start`, `end`) of each word of valid UTF-8 `bytes`.
    ///
    /// ASCII is classified by value, other characters by their Unicode properties.
    @inline(__always)
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        let count = bytes.count
        var start = -1
        var index = 0
        while index < count {
            let lead = bytes[index]
            let isWord: Bool
            let isApostrophe: Bool
            let width: Int
            if lead < 0x80 {
                isWord = isASCIIWordByte(lead)
                isApostrophe = lead == 0x27
                width = 1
            } else {
                let decoded = decode(bytes, at: index)
                isWord = isWordScalar(decoded.scalar)
                isApostrophe = decoded.scalar == "\u{2019}"
                width = decoded.width
            }
            if isWord {
                if start < 0 { start = index }
            } else if start >= 0 {
                // Keep an apostrophe only between two word characters ("child's").
                let next = index + width
                if !(isApostrophe && next < count && isWordCharacter(bytes, at: next)) {
                    body(start, index)
                    start = -1
                }
            }
            index += width
        }
        if start >= 0 { body(start, count) }
    }

    /// Whether some character of `bytes` outside ASCII is a word character (so words may differ
    /// in bytes yet be equal as Strings, under Unicode canonical equivalence).
    static func hasNonASCIIWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time.
            if index + 8 <= count,
               UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let decoded = decode(bytes, at: index)
            if isWordScalar(decoded.scalar) { return true }
            index += decoded.width
        }
        return false
    }

    @inline(__always)
    private static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let lead = bytes[index]
        return lead < 0x80 ? isASCIIWordByte(lead) : isWordScalar(decode(bytes, at: index).scalar)
    }

    /// a-z, A-Z, 0-9.
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
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
        if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    static func trimApostrophes(_ word: String) -> String {
        // A word without the byte of "'" cannot contain it, under any comparison.
        guard word.utf8.contains(0x27), word.contains("'") else { return word }
        // "child's" -> "child's" (the stemmer removes the 's), but a trailing "'" goes.
        var result = Substring(word)
        while result.hasSuffix("'") { result = result.dropLast() }
        while result.hasPrefix("'") { result = result.dropFirst() }
        return String(result)
    }
}
