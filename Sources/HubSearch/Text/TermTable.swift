import Foundation

/// Numbers the terms of many texts for one thread, remembering the term of every distinct word,
/// so that each word is folded, filtered and stemmed once however often it recurs.
///
/// Words are looked up by their UTF-8 bytes in an open-addressing table, without making a String.
/// Term ids count from 0 in order of first appearance; `terms[id]` is the term.
final class TermTable {
    let tokenizer: SearchTokenizer
    /// The terms, by id.
    private(set) var terms: [String] = []
    private var termIDs: [String: Int32] = [:]

    /// One remembered word: its bytes in `arena`, and its term id (-1 when it has none, as a stop word).
    private struct Entry {
        var hash: UInt64
        var offset: Int
        var length: Int
        var term: Int32
    }

    private var entries: UnsafeMutablePointer<Entry>
    private var entryCount = 0
    private var entryCapacity = 1024
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCount = 0
    private var arenaCapacity = 16_384
    /// Entry index + 1 per slot, 0 when empty; the count is a power of two.
    private var slots: UnsafeMutablePointer<Int32>
    private var slotMask = 2047

    init(tokenizer: SearchTokenizer = SearchTokenizer()) {
        self.tokenizer = tokenizer
        entries = .allocate(capacity: entryCapacity)
        arena = .allocate(capacity: arenaCapacity)
        slots = .allocate(capacity: slotMask + 1)
        slots.initialize(repeating: 0, count: slotMask + 1)
    }

    deinit {
        entries.deallocate()
        arena.deallocate()
        slots.deallocate()
    }

    /// Calls `body` with the id of each term of `text` in order; returns the number of words seen
    /// (stop words included). The same terms as `SearchTokenizer.forEachTerm`.
    @discardableResult
    func forEachTermID(in text: String, _ body: (Int32) -> Void) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var words = 0
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
                        id = termID(base + start, end - start)
                        known[word] = id
                    }
                    if id >= 0 { body(id) }
                }
            } else {
                SearchTokenizer.forEachWord(in: bytes) { start, end in
                    words += 1
                    let id = termID(base + start, end - start)
                    if id >= 0 { body(id) }
                }
            }
            return words
        }
    }

    /// The term id of the word in `bytes`, or -1 when it has no term.
    @inline(__always)
    private func termID(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Int32 {
        let hash = Self.hash(bytes, length)
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        while true {
            let stored = slots[slot]
            if stored == 0 { break }
            let entry = entries[Int(stored) - 1]
            if entry.hash == hash && entry.length == length && memcmp(arena + entry.offset, bytes, length) == 0 {
                return entry.term
            }
            slot = (slot + 1) & slotMask
        }
        return insert(bytes, length, hash: hash, slot: slot)
    }

    /// Remembers a new word, found absent at `slot`.
    private func insert(_ bytes: UnsafePointer<UInt8>, _ length: Int, hash: UInt64, slot: Int) -> Int32 {
        let word = String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
        let term = tokenizer.term(ofWord: word)
        var id: Int32 = -1
        if !term.isEmpty {
            if let known = termIDs[term] {
                id = known
            } else {
                id = Int32(terms.count)
                terms.append(term)
                termIDs[term] = id
            }
        }
        if arenaCount + length > arenaCapacity {
            arenaCapacity = max(arenaCapacity * 2, arenaCount + length)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: arenaCapacity)
            grown.update(from: arena, count: arenaCount)
            arena.deallocate()
            arena = grown
        }
        (arena + arenaCount).update(from: bytes, count: length)
        if entryCount == entryCapacity {
            entryCapacity *= 2
            let grown = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity)
            grown.moveInitialize(from: entries, count: entryCount)
            entries.deallocate()
            entries = grown
        }
        (entries + entryCount).initialize(to: Entry(hash: hash, offset: arenaCount, length: length, term: id))
        arenaCount += length
        entryCount += 1
        slots[slot] = Int32(entryCount)
        if entryCount * 2 > slotMask { growSlots() }
        return id
    }

    private func growSlots() {
        slots.deallocate()
        slotMask = (slotMask + 1) * 2 - 1
        slots = .allocate(capacity: slotMask + 1)
        slots.initialize(repeating: 0, count: slotMask + 1)
        for index in 0..<entryCount {
            var slot = Int(truncatingIfNeeded: entries[index].hash) & slotMask
            while slots[slot] != 0 { slot = (slot + 1) & slotMask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// A 64-bit hash of the bytes, eight at a time.
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
