import Foundation

/// Numbers the terms of many texts for one thread, remembering the term of every distinct word,
/// so that each word is folded, filtered and stemmed once however often it recurs.
///
/// Words are looked up by their UTF-8 bytes in an open-addressing table, without making a String.
/// Term ids count from 0 in order of first appearance (after any terms the table starts with);
/// `terms[id]` is the term. Terms are told apart by their bytes (`TermBytes`).
final class TermTable {
    let tokenizer: SearchTokenizer
    /// The terms, by id.
    private(set) var terms: [String] = []
    private var termIDs: [TermBytes: Int32] = [:]

    /// One remembered word, in the slot its hash leads to: its first 16 bytes inline (zero-padded),
    /// so that finding a word reads one cache line; a longer word's bytes are also in `arena`.
    /// A length of 0 marks an empty slot.
    private struct Slot {
        var hash: UInt64
        var head: UInt64
        /// Bytes 8..<16 of a word of up to 16 bytes; for a longer one, where its bytes start in `arena`.
        var tail: UInt64
        var length: Int32
        /// The term id; -1 when the word has none, -2 - its stop-word position for a stop word.
        var term: Int32
    }

    private var slots: UnsafeMutablePointer<Slot>
    /// The slot count less one; the count is a power of two.
    private var slotMask = 2047
    private var wordCount = 0
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCount = 0
    private var arenaCapacity = 16_384
    /// Where a hyphenated word's parts are copied to be looked up as one word (`TermTable+Compounds`).
    let joinBuffer: UnsafeMutablePointer<UInt8>
    /// The latest words of the current text, for matching phrases (`TermTable+Compounds`).
    let ring: UnsafeMutablePointer<RingEntry>
    /// The tokenizer's phrases, by the ids of their words' keys.
    let phrases: PhraseMatcher
    /// Whether there are phrases to look for.
    let matchesPhrases: Bool
    /// Where the current text's hyphenated run of words starts and ends, and how many words it has so far.
    var chainStart = 0
    var chainEnd = 0
    var chainParts = 0
    /// How many words of the current text have gone through the ring.
    var seen = 0

    /// `expectedTerms` sizes the table for about that many distinct terms, so that it grows less often.
    ///
    /// With `terms`, the table starts with those (distinct) terms, numbered in their order.
    init(tokenizer: SearchTokenizer = SearchTokenizer(), expectedTerms: Int = 0, terms known: [String] = []) {
        self.tokenizer = tokenizer
        arena = .allocate(capacity: arenaCapacity)
        // At most half full; there are more distinct words than terms.
        while slotMask + 1 < expectedTerms * 4 { slotMask = slotMask * 2 + 1 }
        slots = Self.emptySlots(slotMask + 1)
        var terms: [String] = []
        var termIDs: [TermBytes: Int32] = [:]
        terms.reserveCapacity(max(expectedTerms, known.count))
        termIDs.reserveCapacity(max(expectedTerms, known.count))
        for term in known {
            termIDs[TermBytes(term: term)] = Int32(terms.count)
            terms.append(term)
        }
        // The phrases' words and terms are numbered first (after the known terms).
        phrases = PhraseMatcher(tokenizer.phrases) { term in
            if let id = termIDs[TermBytes(term: term)] { return id }
            termIDs[TermBytes(term: term)] = Int32(terms.count)
            terms.append(term)
            return Int32(terms.count - 1)
        }
        self.terms = terms
        self.termIDs = termIDs
        matchesPhrases = phrases.isActive
        joinBuffer = .allocate(capacity: Self.longestJoin + 16)
        joinBuffer.initialize(repeating: 0, count: Self.longestJoin + 16)
        ring = .allocate(capacity: Self.ringSize)
        ring.initialize(repeating: RingEntry(key: -1, start: 0, end: 0), count: Self.ringSize)
    }

    /// The id of `term`, numbering it if it is new.
    func id(ofTerm term: String) -> Int32 {
        if let known = termIDs[TermBytes(term: term)] { return known }
        let id = Int32(terms.count)
        terms.append(term)
        termIDs[TermBytes(term: term)] = id
        return id
    }

    /// `count` empty slots, two to a cache line.
    private static func emptySlots(_ count: Int) -> UnsafeMutablePointer<Slot> {
        let slots = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Slot>.stride, alignment: 64)
            .bindMemory(to: Slot.self, capacity: count)
        slots.initialize(repeating: Slot(hash: 0, head: 0, tail: 0, length: 0, term: 0), count: count)
        return slots
    }

    deinit {
        arena.deallocate()
        slots.deallocate()
        joinBuffer.deallocate()
        ring.deallocate()
    }

    /// Calls `body` with the id of each term of `text` in order; returns the number of words seen
    /// (stop words included). The same terms as `SearchTokenizer.forEachTerm`: each word's, then after
    /// the last word of a hyphenated run of words, the joined word's; and a phrase's after its last word.
    @discardableResult
    func forEachTermID(in text: String, _ body: (Int32) -> Void) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var words = 0
            startText()
            if SearchTokenizer.hasNonASCIIWordCharacter(bytes) {
                // Words can then be equal as Strings (canonically equivalent) with different bytes:
                // like a String-keyed cache, give each such word the term of the first of them in the text.
                var known: [String: Int32] = [:]
                SearchTokenizer.forEachWord(in: bytes) { start, end in
                    words += 1
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    let id: Int32
                    if let cached = known[word] {
                        id = cached
                    } else {
                        id = termID(base + start, end - start, available: bytes.count - start)
                        known[word] = id
                    }
                    if id >= 0 { body(id) }
                    afterWord(id, bytes, start: start, end: end, body)
                }
            } else {
                SearchTokenizer.forEachWord(in: bytes) { start, end in
                    words += 1
                    let id = termID(base + start, end - start, available: bytes.count - start)
                    if id >= 0 { body(id) }
                    afterWord(id, bytes, start: start, end: end, body)
                }
            }
            finishHyphenatedWord(bytes, body)
            return words
        }
    }

    /// The term id of the word in `bytes`, -1 when it has no term, and -2 - its position in
    /// `StopWords.ordered` for a stop word. `available` is how many bytes may be read from `bytes`
    /// (at least `length`), so that eight can be loaded at once.
    @inline(__always)
    func termID(_ bytes: UnsafePointer<UInt8>, _ length: Int, available: Int) -> Int32 {
        let head = Self.load(bytes, from: 0, length: length, available: available)
        let tail = length > 16 ? 0 : Self.load(bytes, from: 8, length: length, available: available)
        // Most words fit in `head` and `tail`, which are loaded anyway: hashing those is cheaper than the bytes.
        let hash = length > 16 ? Self.hash(bytes, length) : Self.hash(head: head, tail: tail, length: length)
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while true {
            let stored = slots[slot]
            if stored.length == 0 { break }
            if stored.hash == hash && Int(stored.length) == length && stored.head == head
                && (length > 16 ? memcmp(arena + Int(stored.tail), bytes, length) == 0 : stored.tail == tail) {
                return stored.term
            }
            slot = (slot + 1) & slotMask
        }
        return insert(bytes, length, hash: hash, head: head, tail: tail, slot: slot)
    }

    /// Up to eight bytes of the word from `offset`, little-endian, zero past its end.
    @inline(__always)
    private static func load(_ bytes: UnsafePointer<UInt8>, from offset: Int, length: Int, available: Int) -> UInt64 {
        let rest = length - offset
        if rest <= 0 { return 0 }
        let count = rest < 8 ? rest : 8
        if offset + 8 <= available {
            let word = UnsafeRawPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            return count == 8 ? word : word & ((1 << UInt64(count * 8)) - 1)
        }
        var word: UInt64 = 0
        for index in 0..<count { word |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        return word
    }

    /// Remembers a new word, found absent at `slot`.
    private func insert(_ bytes: UnsafePointer<UInt8>, _ length: Int, hash: UInt64, head: UInt64, tail: UInt64,
                        slot: Int) -> Int32 {
        let word = String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
        let id: Int32
        switch tokenizer.key(ofWord: word) {
        case .term(let term): id = self.id(ofTerm: term)
        case .stop(let position): id = Int32(-2 - position)
        case .none: id = -1
        }
        var stored = tail
        if length > 16 {
            if arenaCount + length > arenaCapacity {
                arenaCapacity = max(arenaCapacity * 2, arenaCount + length)
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: arenaCapacity)
                grown.update(from: arena, count: arenaCount)
                arena.deallocate()
                arena = grown
            }
            (arena + arenaCount).update(from: bytes, count: length)
            stored = UInt64(arenaCount)
            arenaCount += length
        }
        slots[slot] = Slot(hash: hash, head: head, tail: stored, length: Int32(length), term: id)
        wordCount += 1
        if wordCount * 2 > slotMask { growSlots() }
        return id
    }

    private func growSlots() {
        let old = slots
        let oldCount = slotMask + 1
        slotMask = oldCount * 2 - 1
        slots = Self.emptySlots(slotMask + 1)
        for index in 0..<oldCount where old[index].length != 0 {
            var slot = Int(truncatingIfNeeded: old[index].hash) & slotMask
            while slots[slot].length != 0 { slot = (slot + 1) & slotMask }
            slots[slot] = old[index]
        }
        old.deallocate()
    }

    /// A 64-bit hash of a word of up to 16 bytes, given as its first and next eight bytes (zero-padded).
    @inline(__always)
    static func hash(head: UInt64, tail: UInt64, length: Int) -> UInt64 {
        var hash = (head &* 0xFF51_AFD7_ED55_8CCD) ^ (tail &* 0xC4CE_B9FE_1A85_EC53) ^ UInt64(length)
        hash ^= hash >> 29
        hash = hash &* 0x9E37_79B9_7F4A_7C15
        return hash ^ (hash >> 32)
    }

    /// A 64-bit hash of the bytes, eight at a time (for words longer than 16 bytes).
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(bytes)
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var index = 0
        while index + 8 <= length {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        if index < length {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while index < length {
                tail |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        }
        hash ^= hash >> 29
        hash = hash &* 0x9E37_79B9_7F4A_7C15
        return hash ^ (hash >> 32)
    }
}
