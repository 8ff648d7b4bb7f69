// The Snowball English stemmer ("Porter2"), the current `english` algorithm of the Snowball
// project, written from its description at https://snowballstem.org/algorithms/english/stemmer.html.
// Checked against the project's reference vocabulary (Tests/HubSearchTests/Resources/snowball-english).
//
// The word is handled as an array of Unicode scalar values, so that every "letter" the
// algorithm counts (the length test, "at least two letters before -ies", ...) is one element,
// and nothing in the loops goes through `Character` or `String.Index`. Letters other than the
// ASCII ones named by the algorithm are simply non-vowels.

/// Reduces an English word to its Snowball (Porter2) stem: "generously" -> "generous",
/// "transitions" -> "transit". Expects one lower-case word; any other string is handled
/// without failing (it just may not stem usefully).
public struct EnglishStemmer: Sendable {
    public init() {}

    public func stem(_ word: String) -> String {
        var letters: [UInt32] = []
        letters.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars { letters.append(scalar.value) }

        if let form = Self.exceptionalForm(letters) { return form }
        // Words of one or two letters are left as they are.
        if letters.count < 3 { return word }

        var stemming = Stemming(letters)
        stemming.run()
        return stemming.result()
    }

    /// Whole words the algorithm treats specially, before anything else (even before the
    /// leading apostrophe is dropped). Invariant words map to themselves.
    private static let exceptions: [(word: StaticString, stem: StaticString)] = [
        ("skis", "ski"),
        ("skies", "sky"),
        ("idly", "idl"),
        ("gently", "gentl"),
        ("ugly", "ugli"),
        ("early", "earli"),
        ("only", "onli"),
        ("singly", "singl"),
        ("sky", "sky"),
        ("news", "news"),
        ("howe", "howe"),
        ("atlas", "atlas"),
        ("cosmos", "cosmos"),
        ("bias", "bias"),
        ("andes", "andes"),
        // "dying", "lying", "tying" (and "vying") come out as "die", "lie", "tie", "vie" from
        // the rule for consonant + "ying" in step 1b, which is where the current algorithm has them.
    ]

    private static func exceptionalForm(_ letters: [UInt32]) -> String? {
        guard letters.count >= 3, letters.count <= 6 else { return nil }
        for (word, stem) in exceptions where equals(letters, word) {
            return stem.description
        }
        return nil
    }

    private static func equals(_ letters: [UInt32], _ text: StaticString) -> Bool {
        guard letters.count == text.utf8CodeUnitCount else { return false }
        let bytes = text.utf8Start
        for i in 0..<letters.count where letters[i] != UInt32(bytes[i]) { return false }
        return true
    }
}

// MARK: - The algorithm

private let apostrophe: UInt32 = 0x27
private let letterA: UInt32 = 0x61
private let letterE: UInt32 = 0x65
private let letterI: UInt32 = 0x69
private let letterL: UInt32 = 0x6C
private let letterO: UInt32 = 0x6F
private let letterS: UInt32 = 0x73
private let letterT: UInt32 = 0x74
private let letterY: UInt32 = 0x79
private let capitalY: UInt32 = 0x59

/// a e i o u y. A `Y` (a consonant `y`, marked so by the prelude) is not a vowel.
@inline(__always)
private func isVowel(_ c: UInt32) -> Bool {
    switch c {
    case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true
    default: return false
    }
}

/// A non-vowel other than w, x and Y: the letter that can close a short syllable.
@inline(__always)
private func closesShortSyllable(_ c: UInt32) -> Bool {
    !isVowel(c) && c != 0x77 && c != 0x78 && c != capitalY
}

/// c d e g h k m n r t: the letters before which a final "li" is removed in step 2.
@inline(__always)
private func isValidLIEnding(_ c: UInt32) -> Bool {
    switch c {
    case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: return true
    default: return false
    }
}

/// Suffix tables, longest first: where several suffixes end a word, the algorithm always
/// takes the longest, and if that one's conditions fail, nothing is removed.
private enum Step2Condition { case none, precededByL, precededByValidLI }

private let step2: [(suffix: StaticString, replacement: StaticString, condition: Step2Condition)] = longestFirst([
    ("tional", "tion", .none),
    ("enci", "ence", .none),
    ("anci", "ance", .none),
    ("abli", "able", .none),
    ("entli", "ent", .none),
    ("izer", "ize", .none),
    ("ization", "ize", .none),
    ("ational", "ate", .none),
    ("ation", "ate", .none),
    ("ator", "ate", .none),
    ("alism", "al", .none),
    ("aliti", "al", .none),
    ("alli", "al", .none),
    ("fulness", "ful", .none),
    ("ousli", "ous", .none),
    ("ousness", "ous", .none),
    ("iveness", "ive", .none),
    ("iviti", "ive", .none),
    ("biliti", "ble", .none),
    ("bli", "ble", .none),
    ("ogist", "og", .none),
    ("ogi", "og", .precededByL),
    ("fulli", "ful", .none),
    ("lessli", "less", .none),
    ("li", "", .precededByValidLI),
], by: \.suffix)

private let step3: [(suffix: StaticString, replacement: StaticString, needsR2: Bool)] = longestFirst([
    ("tional", "tion", false),
    ("ational", "ate", false),
    ("alize", "al", false),
    ("icate", "ic", false),
    ("iciti", "ic", false),
    ("ical", "ic", false),
    ("ful", "", false),
    ("ness", "", false),
    ("ative", "", true),
], by: \.suffix)

private let step4: [(suffix: StaticString, needsSOrT: Bool)] = longestFirst([
    ("al", false), ("ance", false), ("ence", false), ("er", false), ("ic", false),
    ("able", false), ("ible", false), ("ant", false), ("ement", false), ("ment", false),
    ("ent", false), ("ism", false), ("ate", false), ("iti", false), ("ous", false),
    ("ive", false), ("ize", false), ("ion", true),
], by: \.suffix)

/// Prefixes that fix R1 at their end, whatever the usual rule would say.
private let regionPrefixes: [StaticString] = [
    "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
]

/// Words left alone by step 1b's "-ing" rule.
private let keptIngWords: [StaticString] = ["inning", "outing", "canning", "herring", "earring", "evening"]

/// "-eed" is kept when all that precedes it is one of these (proceed, exceed, succeed).
private let keptEedStems: [StaticString] = ["proc", "exc", "succ"]

private func longestFirst<T>(_ table: [T], by suffix: (T) -> StaticString) -> [T] {
    table.sorted { suffix($0).utf8CodeUnitCount > suffix($1).utf8CodeUnitCount }
}

private struct Stemming {
    var w: [UInt32]
    /// Start of region R1 and of region R2 (the word's length when a region is empty).
    var p1 = 0
    var p2 = 0
    var foundY = false

    init(_ letters: [UInt32]) { w = letters }

    mutating func run() {
        prelude()
        markRegions()
        step1a()
        step1b()
        step1c()
        step2Replace()
        step3Replace()
        step4Remove()
        step5()
    }

    func result() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(w.count)
        for c in w {
            var c = c
            if foundY && c == capitalY { c = letterY }
            if c < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: c))
            } else if let scalar = Unicode.Scalar(c) {
                if let encoded = UTF8.encode(scalar) { bytes.append(contentsOf: encoded) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Helpers

    /// Whether `text` occurs in the word ending just before index `end`.
    @inline(__always)
    func has(_ text: StaticString, endingAt end: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard end >= count, end <= w.count else { return false }
        let bytes = text.utf8Start
        var i = count - 1
        while i >= 0 {
            if w[end - count + i] != UInt32(bytes[i]) { return false }
            i -= 1
        }
        return true
    }

    @inline(__always)
    func endsWith(_ text: StaticString) -> Bool { has(text, endingAt: w.count) }

    /// Whether the letters before index `end` are exactly `text`.
    @inline(__always)
    func isExactly(_ text: StaticString, upTo end: Int) -> Bool {
        end == text.utf8CodeUnitCount && has(text, endingAt: end)
    }

    /// Replaces everything from `start` to the end of the word with `text`.
    mutating func replaceEnd(from start: Int, with text: StaticString) {
        w.removeSubrange(start..<w.count)
        let bytes = text.utf8Start
        for i in 0..<text.utf8CodeUnitCount { w.append(UInt32(bytes[i])) }
    }

    func containsVowel(before end: Int) -> Bool {
        var i = 0
        while i < end {
            if isVowel(w[i]) { return true }
            i += 1
        }
        return false
    }

    /// Whether the word up to index `end` ends in a short syllable: a non-vowel, a vowel, and a
    /// non-vowel other than w, x or Y; or a vowel then a non-vowel making up the whole word;
    /// or "past" (so that "pasted" gets its e back).
    func endsInShortSyllable(_ end: Int) -> Bool {
        if end >= 3, closesShortSyllable(w[end - 1]), isVowel(w[end - 2]), !isVowel(w[end - 3]) {
            return true
        }
        if end == 2, !isVowel(w[1]), isVowel(w[0]) { return true }
        return has("past", endingAt: end)
    }

    /// Just after the first non-vowel that follows a vowel, searching from `start`; nil if none.
    func positionAfterVowelAndNonVowel(from start: Int) -> Int? {
        var i = start
        while i < w.count, !isVowel(w[i]) { i += 1 }
        i += 1
        while i < w.count, isVowel(w[i]) { i += 1 }
        return i < w.count ? i + 1 : nil
    }

    // MARK: Steps

    /// Drops an initial apostrophe and marks as `Y` every y that is a consonant: one that
    /// begins the word or follows a vowel.
    mutating func prelude() {
        if w.first == apostrophe { w.removeFirst() }
        if w.first == letterY {
            w[0] = capitalY
            foundY = true
        }
        var i = 1
        while i < w.count {
            if w[i] == letterY && isVowel(w[i - 1]) {
                w[i] = capitalY
                foundY = true
            }
            i += 1
        }
    }

    /// R1: after the first non-vowel following a vowel (or after one of the special prefixes);
    /// R2: the same rule applied again inside R1.
    mutating func markRegions() {
        p1 = w.count
        p2 = w.count
        var start: Int?
        for prefix in regionPrefixes where prefix.utf8CodeUnitCount <= w.count && has(prefix, endingAt: prefix.utf8CodeUnitCount) {
            start = prefix.utf8CodeUnitCount
            break
        }
        if start == nil { start = positionAfterVowelAndNonVowel(from: 0) }
        guard let r1 = start else { return }
        p1 = r1
        if let r2 = positionAfterVowelAndNonVowel(from: r1) { p2 = r2 }
    }

    /// Apostrophe endings, then plural -s and -ies/-ied.
    mutating func step1a() {
        if endsWith("'s'") {
            w.removeLast(3)
        } else if endsWith("'s") {
            w.removeLast(2)
        } else if endsWith("'") {
            w.removeLast(1)
        }

        let n = w.count
        if endsWith("sses") {
            w.removeLast(2)
        } else if endsWith("ied") || endsWith("ies") {
            // -i after two or more letters (cries -> cri), otherwise -ie (ties -> tie).
            replaceEnd(from: n - 3, with: n - 3 >= 2 ? "i" : "ie")
        } else if endsWith("us") || endsWith("ss") {
            // kept
        } else if endsWith("s") {
            // Removed if a vowel comes somewhere before the letter just before the s (gas, this stay).
            if n >= 2, containsVowel(before: n - 2) { w.removeLast() }
        }
    }

    /// -eed, -ed, -ing and their -ly forms. Leaves alone inning, outing, canning, herring,
    /// earring, evening, and proceed, exceed, succeed.
    mutating func step1b() {
        let n = w.count
        if endsWith("eedly") || endsWith("eed") {
            let start = endsWith("eedly") ? n - 5 : n - 3
            if keptEedStems.contains(where: { isExactly($0, upTo: start) }) { return }
            if start >= p1 { replaceEnd(from: start, with: "ee") }
            return
        }

        let suffixLength: Int
        if endsWith("ingly") {
            suffixLength = 5
        } else if endsWith("edly") {
            suffixLength = 4
        } else if endsWith("ing") {
            let start = n - 3
            if start >= 1 && w[start - 1] == letterY {
                // dying -> die, lying -> lie, tying -> tie, vying -> vie: a single non-vowel, then "ying".
                if start == 2 && !isVowel(w[0]) {
                    replaceEnd(from: 1, with: "ie")
                    return
                }
            } else if keptIngWords.contains(where: { isExactly($0, upTo: n) }) {
                return
            }
            suffixLength = 3
        } else if endsWith("ed") {
            suffixLength = 2
        } else {
            return
        }

        let start = n - suffixLength
        guard containsVowel(before: start) else { return }
        w.removeLast(suffixLength)

        let m = w.count
        if endsWith("at") || endsWith("bl") || endsWith("iz") {
            w.append(letterE)  // luxuriat(ed) -> luxuriate
        } else if m >= 2, w[m - 1] == w[m - 2], isUndoubled(w[m - 1]) {
            // hopp(ing) -> hop, but the three-letter words add, egg, err, ... keep both letters.
            let short = m == 3 && (w[0] == letterA || w[0] == letterE || w[0] == letterO)
            if !short { w.removeLast() }
        } else if m == p1 && endsInShortSyllable(m) {
            w.append(letterE)  // hop(ed) -> hope
        }
    }

    /// b d f g m n p r t: the letters whose doubling step 1b undoes.
    @inline(__always)
    func isUndoubled(_ c: UInt32) -> Bool {
        switch c {
        case 0x62, 0x64, 0x66, 0x67, 0x6D, 0x6E, 0x70, 0x72, 0x74: return true
        default: return false
        }
    }

    /// A final y or Y after a non-vowel that is not the first letter becomes i (cry -> cri).
    mutating func step1c() {
        let n = w.count
        guard n >= 3, w[n - 1] == letterY || w[n - 1] == capitalY, !isVowel(w[n - 2]) else { return }
        w[n - 1] = letterI
    }

    mutating func step2Replace() {
        let n = w.count
        guard let entry = step2.first(where: { endsWith($0.suffix) }) else { return }
        let start = n - entry.suffix.utf8CodeUnitCount
        guard start >= p1 else { return }
        switch entry.condition {
        case .none: break
        case .precededByL: guard start >= 1, w[start - 1] == letterL else { return }
        case .precededByValidLI: guard start >= 1, isValidLIEnding(w[start - 1]) else { return }
        }
        replaceEnd(from: start, with: entry.replacement)
    }

    mutating func step3Replace() {
        let n = w.count
        guard let entry = step3.first(where: { endsWith($0.suffix) }) else { return }
        let start = n - entry.suffix.utf8CodeUnitCount
        guard start >= p1, !entry.needsR2 || start >= p2 else { return }
        replaceEnd(from: start, with: entry.replacement)
    }

    mutating func step4Remove() {
        let n = w.count
        guard let entry = step4.first(where: { endsWith($0.suffix) }) else { return }
        let start = n - entry.suffix.utf8CodeUnitCount
        guard start >= p2 else { return }
        if entry.needsSOrT {
            guard start >= 1, w[start - 1] == letterS || w[start - 1] == letterT else { return }
        }
        w.removeLast(n - start)
    }

    /// A final e in R2, or in R1 when not after a short syllable; a final l in R2 after another l.
    mutating func step5() {
        let n = w.count
        guard n >= 1 else { return }
        let start = n - 1
        if w[start] == letterE {
            if start >= p2 || (start >= p1 && !endsInShortSyllable(start)) { w.removeLast() }
        } else if w[start] == letterL {
            if start >= p2, start >= 1, w[start - 1] == letterL { w.removeLast() }
        }
    }
}
