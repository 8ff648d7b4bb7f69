/// One of the latest words of a text: its key (`TermTable.termID`) and where it lies.
struct RingEntry {
    var key: Int32
    var start: Int32
    var end: Int32
}

/// The terms a text gives beyond its words': a hyphenated word joined ("self-harm" also gives the term of
/// "selfharm", so that either spelling finds the other), and the tokenizer's phrases.
extension TermTable {
    /// The most bytes a joined word may have; the most words a hyphenated run may join.
    static let longestJoin = 48
    static let mostJoinedParts = 4
    /// Words kept in the ring: at least `SearchPhrase.maximumWords`, a power of two.
    static let ringSize = 8

    /// Starts a text: no hyphenated run, an empty ring.
    @inline(__always)
    func startText() {
        chainParts = 0
        seen = 0
    }

    /// After a word's own term: the phrases it ends, and where it stands in a hyphenated run (whose
    /// joined word's term is given after its last word). Most words end no phrase and have no hyphen
    /// after them: this costs them a few comparisons.
    @inline(__always)
    func afterWord(_ key: Int32, _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, _ body: (Int32) -> Void) {
        if matchesPhrases {
            ring[seen & (Self.ringSize - 1)] = RingEntry(key: key, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end))
            seen &+= 1
            if phrases.endsAPhrase(key) { matchPhrases(endingWith: key, bytes, body) }
        }
        if chainParts > 0 || Self.hyphenFollows(bytes, end) { noteHyphenated(bytes, start: start, end: end, body) }
    }

    /// A word next to a hyphen: it continues the current run or starts one; the run ends (and its joined
    /// word's term is given) at a word no hyphen follows.
    private func noteHyphenated(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, _ body: (Int32) -> Void) {
        if chainParts > 0 && Self.isHyphen(bytes, from: chainEnd, to: start) {
            chainParts += 1
            chainEnd = end
        } else {
            chainParts = 0
            guard Self.hyphenFollows(bytes, end) else { return }
            chainStart = start
            chainEnd = end
            chainParts = 1
            return
        }
        if !Self.hyphenFollows(bytes, end) { finishHyphenatedWord(bytes, body) }
    }

    /// Whether a hyphen is at `index`.
    @inline(__always)
    static func hyphenFollows(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return byte == 0x2D || byte == 0xE2 && index + 2 < bytes.count && isHyphen(bytes, from: index, to: index + 3)
    }

    /// Gives the term of the hyphenated run just read, joined, when it has two to `mostJoinedParts`
    /// words and starts with something else than a digit ("co-sleeping", not "2019-20").
    func finishHyphenatedWord(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void) {
        defer { chainParts = 0 }
        guard chainParts > 1, chainParts <= Self.mostJoinedParts, bytes[chainStart] &- 0x30 >= 10 else { return }
        var length = 0
        var index = chainStart
        while index < chainEnd {
            if Self.isHyphen(bytes, from: index, to: index + 1) {
                index += 1
            } else if index + 3 <= chainEnd && Self.isHyphen(bytes, from: index, to: index + 3) {
                index += 3
            } else {
                guard length < Self.longestJoin else { return }
                joinBuffer[length] = bytes[index]
                length += 1
                index += 1
            }
        }
        let id = termID(UnsafePointer(joinBuffer), length, available: Self.longestJoin + 16)
        if id >= 0 { body(id) }
    }

    /// Whether the bytes `from..<to` are one hyphen: "-", or U+2010 or U+2011 (E2 80 90, E2 80 91).
    @inline(__always)
    static func isHyphen(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        switch to - from {
        case 1: return bytes[from] == 0x2D
        case 3: return bytes[from] == 0xE2 && bytes[from + 1] == 0x80 && (bytes[from + 2] | 1) == 0x91
        default: return false
        }
    }

    /// Gives the term of each phrase that the latest words make.
    private func matchPhrases(endingWith key: Int32, _ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void) {
        let mask = Self.ringSize - 1
        for phrase in phrases.phrases(endingWith: key) where phrase.keys.count <= seen {
            let first = seen - phrase.keys.count
            var matches = true
            for (offset, expected) in phrase.keys.enumerated() {
                let entry = ring[(first + offset) & mask]
                if entry.key != expected
                    || offset > 0 && !Self.isWordGap(bytes, from: Int(ring[(first + offset - 1) & mask].end), to: Int(entry.start)) {
                    matches = false
                    break
                }
            }
            if matches { body(phrase.term) }
        }
    }

    /// Whether the bytes between two words keep them in one phrase: no sentence punctuation
    /// (. ! ? ; :) and no blank line.
    private static func isWordGap(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var newlines = 0
        for index in from..<to {
            switch bytes[index] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: ":"): return false
            case UInt8(ascii: "\n"):
                newlines += 1
                if newlines > 1 { return false }
            default: break
            }
        }
        return true
    }
}
