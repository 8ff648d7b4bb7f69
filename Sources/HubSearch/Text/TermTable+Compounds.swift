/// One of the latest words of a text: its key (`TermTable.termID`) and where it lies.
struct RingEntry {
    var key: Int32
    var start: Int
    var end: Int
}

/// Where the tokenising of one text stands: the run of hyphenated words being read, and how many
/// words have gone through the ring.
struct CompoundState {
    var chainStart = 0
    var chainEnd = 0
    var chainParts = 0
    var seen = 0
}

/// The terms a text gives beyond its words': a hyphenated word joined ("self-harm" also gives the term of
/// "selfharm", so that either spelling finds the other), and the tokenizer's phrases.
extension TermTable {
    /// The most bytes a joined word may have; the most words a hyphenated run may join.
    static let longestJoin = 48
    static let mostJoinedParts = 4
    /// Words kept in the ring: at least `SearchPhrase.maximumWords`, a power of two.
    static let ringSize = 8

    /// Notes a word, in order: it continues the current hyphenated run, or ends it (giving the joined
    /// word's term) and starts another.
    @inline(__always)
    func noteWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, state: inout CompoundState,
                  _ body: (Int32) -> Void) {
        if state.chainParts > 0 && Self.isHyphen(bytes, from: state.chainEnd, to: start) {
            state.chainParts += 1
            state.chainEnd = end
            return
        }
        if state.chainParts > 1 { finishHyphenatedWord(bytes, state: &state, body) }
        state.chainStart = start
        state.chainEnd = end
        state.chainParts = 1
    }

    /// Gives the term of the hyphenated run just read, joined, when it has two to `mostJoinedParts`
    /// words and starts with a letter ("co-sleeping", not "2019-20").
    func finishHyphenatedWord(_ bytes: UnsafeBufferPointer<UInt8>, state: inout CompoundState, _ body: (Int32) -> Void) {
        defer { state.chainParts = 0 }
        guard state.chainParts > 1, state.chainParts <= Self.mostJoinedParts, bytes[state.chainStart] &- 0x30 >= 10 else { return }
        var length = 0
        var index = state.chainStart
        while index < state.chainEnd {
            if Self.isHyphen(bytes, from: index, to: index + 1) {
                index += 1
            } else if Self.isHyphen(bytes, from: index, to: index + 3) {
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

    /// Puts a word in the ring and, if it can end a phrase, gives the term of each phrase that ends here.
    @inline(__always)
    func notePhraseWord(_ key: Int32, _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int,
                        state: inout CompoundState, _ body: (Int32) -> Void) {
        ring[state.seen & (Self.ringSize - 1)] = RingEntry(key: key, start: start, end: end)
        state.seen += 1
        if phrases.endsAPhrase(key) { matchPhrases(endingWith: key, bytes, state: state, body) }
    }

    private func matchPhrases(endingWith key: Int32, _ bytes: UnsafeBufferPointer<UInt8>, state: CompoundState,
                              _ body: (Int32) -> Void) {
        let mask = Self.ringSize - 1
        for phrase in phrases.phrases(endingWith: key) where phrase.keys.count <= state.seen {
            let first = state.seen - phrase.keys.count
            var matches = true
            for (offset, expected) in phrase.keys.enumerated() {
                let entry = ring[(first + offset) & mask]
                if entry.key != expected || offset > 0 && !Self.isWordGap(bytes, from: ring[(first + offset - 1) & mask].end, to: entry.start) {
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
