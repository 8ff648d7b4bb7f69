import Foundation

/// Real names (of children, relatives, streets, schools) that must never appear in a published document.
///
/// Matching ignores case, accents and a possessive `'s`, and takes whole words only: a denylisted
/// "Zoë" matches "zoe's", a denylisted "Ann" does not match "Annual", "planning" or "Ann-Marie".
/// A name of several words ("Mary Smith") matches those words in order, separated by white space.
public struct Denylist: Sendable {
    /// The names as given, without blanks or duplicates.
    public let names: [String]
    /// Folded word sequences, indexed by a hash of their first word; longest first.
    private let entries: [UInt64: [[[UInt8]]]]
    /// One bit for each first-word hash (low 16 bits), to skip most words without a dictionary look-up.
    private let filter: [UInt64]

    /// A denylist of the given names; blank names are ignored.
    public init(names: [String]) {
        var kept: [String] = []
        var seen: Set<[[UInt8]]> = []
        var entries: [UInt64: [[[UInt8]]]] = [:]
        for name in names {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            let words = Denylist.words(of: trimmed)
            guard !words.isEmpty, seen.insert(words).inserted else { continue }
            kept.append(trimmed)
            entries[Denylist.hash(words[0]), default: []].append(words)
        }
        self.names = kept
        self.entries = entries.mapValues { $0.sorted { $0.count > $1.count } }
        var filter = [UInt64](repeating: 0, count: entries.isEmpty ? 0 : Denylist.filterBits / 64)
        for hash in entries.keys {
            let bit = Int(truncatingIfNeeded: hash & Denylist.filterMask)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
    }

    /// Parses a denylist file: one name a line; blank lines and lines starting with `#` are ignored,
    /// as is anything after ` #` on a line.
    public static func parse(_ text: String) -> Denylist {
        var names: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var line = Substring(rawLine)
            if let comment = line.range(of: " #") { line = line[..<comment.lowerBound] }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            names.append(trimmed)
        }
        return Denylist(names: names)
    }

    /// Whether there are no names to look for.
    public var isEmpty: Bool { entries.isEmpty }

    // MARK: Matching

    /// Every occurrence of a denylisted name in the text.
    func matches(in text: ScanBytes) -> [ByteMatch] {
        guard !entries.isEmpty else { return [] }
        var found: [ByteMatch] = []
        let base = text.base
        let count = base.count
        var index = 0
        while index < count {
            let byte = base[index]
            if byte < 0x80, !ScanBytes.isAlphanumeric(byte) {
                index += 1
                continue
            }
            var word: Range<Int>
            var hash: UInt64?
            if byte < 0x80 {
                // Fast path: an ASCII word, hashed in place; fold it only if the filter lets it through.
                var end = index + 1
                var isASCII = true
                while end < count {
                    let next = base[end]
                    if ScanBytes.isAlphanumeric(next) {
                        end += 1
                    } else if next == UInt8(ascii: "'") || next == UInt8(ascii: "-"), end + 1 < count, ScanBytes.isAlphanumeric(base[end + 1]) {
                        end += 2
                    } else {
                        isASCII = next < 0x80
                        break
                    }
                }
                if isASCII {
                    word = index..<end
                    hash = Denylist.asciiHash(text, word)
                } else {
                    guard let slow = Denylist.nextWord(in: text, from: index) else { break }
                    word = slow
                }
            } else {
                guard let (scalar, length) = text.scalar(at: index) else { index += 1; continue }
                guard ScanBytes.isWordScalar(scalar), let slow = Denylist.nextWord(in: text, from: index) else {
                    index += length
                    continue
                }
                word = slow
            }
            index = word.upperBound
            if let hash, !mayContain(hash) { continue }
            let folded = Denylist.fold(text, word)
            guard let candidates = entries[Denylist.hash(folded.bytes)] else { continue }
            for candidate in candidates where candidate[0] == folded.bytes {
                if let end = Denylist.matchRest(candidate, in: text, after: folded.nameEnd) {
                    found.append(ByteMatch(kind: .denylisted, start: word.lowerBound, end: end))
                    break
                }
            }
        }
        return found
    }

    /// A Bloom-style check on the first-word hashes: false means the word is certainly not a first word.
    @inline(__always)
    private func mayContain(_ hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash & Denylist.filterMask)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static let filterBits = 1 << 16
    private static let filterMask = UInt64(filterBits - 1)

    /// Whether the remaining words of `candidate` follow, separated only by white space; returns the end.
    private static func matchRest(_ candidate: [[UInt8]], in text: ScanBytes, after end: Int) -> Int? {
        var end = end
        var cursor = end
        for expected in candidate.dropFirst() {
            // The previous word must have ended without a possessive, then white space.
            var spaceEnd = cursor
            while true {
                let length = text.spaceLength(at: spaceEnd)
                if length > 0 { spaceEnd += length; continue }
                let byte = text.at(spaceEnd)
                if byte == 0x0A || byte == 0x0D || byte == 0x09 { spaceEnd += 1; continue }
                break
            }
            guard spaceEnd > cursor, let word = nextWord(in: text, from: spaceEnd), word.lowerBound == spaceEnd else { return nil }
            let folded = fold(text, word)
            guard folded.bytes == expected else { return nil }
            end = folded.nameEnd
            cursor = word.upperBound
        }
        return end
    }

    /// The next word at or after `index`: letters, digits and marks, with inner apostrophes and hyphens.
    private static func nextWord(in text: ScanBytes, from index: Int) -> Range<Int>? {
        var start = index
        // Find a word start, quickly over ASCII non-letters.
        while start < text.count {
            let byte = text.at(start)
            if byte < 0x80 {
                if ScanBytes.isAlphanumeric(byte) { break }
                start += 1
            } else if let (scalar, length) = text.scalar(at: start) {
                if ScanBytes.isWordScalar(scalar) { break }
                start += length
            } else {
                start += 1
            }
        }
        guard start < text.count else { return nil }
        var end = start
        while end < text.count {
            let byte = text.at(end)
            if byte < 0x80 {
                if ScanBytes.isAlphanumeric(byte) { end += 1; continue }
                if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-"), text.isWordScalar(at: end + 1) { end += 1; continue }
                break
            }
            guard let (scalar, length) = text.scalar(at: end) else { break }
            if ScanBytes.isWordScalar(scalar) { end += length; continue }
            if scalar == "\u{2019}", text.isWordScalar(at: end + length) { end += length; continue }
            break
        }
        return start..<end
    }

    /// A word of the text folded for comparison, and where the name part ends (before a possessive `'s`).
    private static func fold(_ text: ScanBytes, _ word: Range<Int>) -> (bytes: [UInt8], nameEnd: Int) {
        let isASCII = word.allSatisfy { text.at($0) < 0x80 }
        if isASCII {
            var nameEnd = word.upperBound
            if word.count > 2, text.at(nameEnd - 2) == UInt8(ascii: "'"), ScanBytes.lowercased(text.at(nameEnd - 1)) == UInt8(ascii: "s") {
                nameEnd -= 2
            }
            return ((word.lowerBound..<nameEnd).map { ScanBytes.lowercased(text.at($0)) }, nameEnd)
        }
        let raw = text.text(word)
        var nameEnd = word.upperBound
        if raw.hasSuffix("\u{2019}s") || raw.hasSuffix("\u{2019}S") { nameEnd -= 4 } else if raw.hasSuffix("'s") || raw.hasSuffix("'S") { nameEnd -= 2 }
        return (Array(NameNormaliser.fold(raw).utf8), nameEnd)
    }

    /// The folded words of a denylist entry.
    private static func words(of name: String) -> [[UInt8]] {
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let text = ScanBytes(buffer)
            var words: [[UInt8]] = []
            var index = 0
            while let word = nextWord(in: text, from: index) {
                words.append(fold(text, word).bytes)
                index = word.upperBound
            }
            return words
        }
    }

    /// The hash of an ASCII word's folded form without building it, or nil if the word is not ASCII.
    @inline(__always)
    private static func asciiHash(_ text: ScanBytes, _ word: Range<Int>) -> UInt64? {
        var end = word.upperBound
        if word.count > 2, text.at(end - 2) == UInt8(ascii: "'"), ScanBytes.lowercased(text.at(end - 1)) == UInt8(ascii: "s") { end -= 2 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in word.lowerBound..<end {
            let byte = text.base[index]
            guard byte < 0x80 else { return nil }
            hash ^= UInt64(ScanBytes.lowercased(byte))
            hash &*= 0x0000_0100_0000_01B3
        }
        // A non-ASCII possessive tail ("Zoe’s") means the word is not ASCII either.
        for index in end..<word.upperBound where text.base[index] >= 0x80 { return nil }
        return hash
    }

    /// FNV-1a over the folded bytes.
    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
