/// What the name check knows of a word: whether it is a given name or a surname (from the lists of
/// `NameGazetteer+Data.swift`, made by `scripts/make-name-gazetteer` from the person providers of
/// the `faker` package, MIT licence), also an ordinary English word, or one of the words of
/// `NameVocabulary`. Words are looked up by a hash of their folded form (lower case, no accents).
struct NameFlags: OptionSet, Sendable {
    let rawValue: UInt16

    static let given = NameFlags(rawValue: 1)
    static let surname = NameFlags(rawValue: 2)
    /// Also an ordinary English word in lower case: "grace", "will", "brown".
    static let ordinary = NameFlags(rawValue: 4)
    static let honorific = NameFlags(rawValue: 8)
    static let role = NameFlags(rawValue: 16)
    static let possessed = NameFlags(rawValue: 32)
    static let head = NameFlags(rawValue: 64)
    static let notName = NameFlags(rawValue: 128)
    /// A title after which any capitalised word is a name ("Mrs", "PC"); an honorific needs a known name.
    static let title = NameFlags(rawValue: 256)
    /// A place: a name only where its neighbours say so.
    static let place = NameFlags(rawValue: 512)

    /// A given name or a surname.
    static let known: NameFlags = [.given, .surname]
}

/// The table of `NameFlags`, built once: an open-addressing table indexed by the words' own hashes, as
/// a look-up happens for every capitalised word of every document.
enum NameGazetteer {
    private static let table = FlagTable {
        var entries: [UInt64: NameFlags] = [:]
        func add(_ list: String, _ flags: NameFlags) {
            for name in list.utf8.split(separator: 0x20) { entries[hash(name), default: []].formUnion(flags) }
        }
        func add(_ words: [String], _ flags: NameFlags) {
            for word in words { entries[hash(word.utf8), default: []].formUnion(flags) }
        }
        add(givenNameList, .given)
        add(surnameList, .surname)
        add(ordinaryWordList, .ordinary)
        add(NameVocabulary.titles, [.honorific, .title])
        add(NameVocabulary.honorifics, .honorific)
        add(NameVocabulary.roles, .role)
        add(NameVocabulary.possessed, .possessed)
        add(NameVocabulary.heads, .head)
        add(NameVocabulary.notNames, .notName)
        add(NameVocabulary.places, .place)
        return entries
    }

    /// The flags of a folded word.
    @inline(__always)
    static func flags(_ hash: UInt64) -> NameFlags { table.flags(hash) }

    /// FNV-1a of folded bytes.
    @inline(__always)
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// Hashes and their flags in a power-of-two array, probed linearly; hash 0 marks an empty slot.
private struct FlagTable: Sendable {
    private let keys: [UInt64]
    private let values: [NameFlags]
    private let mask: Int

    init(_ make: () -> [UInt64: NameFlags]) {
        let entries = make()
        var size = 1
        while size < entries.count * 2 { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size)
        var values = [NameFlags](repeating: [], count: size)
        for (key, value) in entries where key != 0 {
            var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & (size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
        mask = size - 1
    }

    @inline(__always)
    func flags(_ key: UInt64) -> NameFlags {
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return [] }
            slot = (slot + 1) & mask
        }
    }
}
