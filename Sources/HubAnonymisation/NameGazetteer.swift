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
    private static let table: FlagTable = {
        var table = FlagTable(capacity: 65_536)
        let lists: [(String, NameFlags)] = [(givenNameList, .given), (surnameList, .surname), (ordinaryWordList, .ordinary)]
        for (list, flags) in lists {
            var list = list
            list.withUTF8 { bytes in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes {
                    if byte == 0x20 {
                        table.add(hash, flags)
                        hash = 0xcbf2_9ce4_8422_2325
                    } else {
                        hash ^= UInt64(byte)
                        hash &*= 0x0000_0100_0000_01B3
                    }
                }
                table.add(hash, flags)
            }
        }
        let vocabulary: [([String], NameFlags)] = [(NameVocabulary.titles, [.honorific, .title]), (NameVocabulary.honorifics, .honorific),
                               (NameVocabulary.roles, .role), (NameVocabulary.possessed, .possessed), (NameVocabulary.heads, .head),
                               (NameVocabulary.notNames, .notName), (NameVocabulary.places, .place)]
        for (words, flags) in vocabulary {
            for word in words { table.add(hash(word.utf8), flags) }
        }
        return table
    }()

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
    private var keys: [UInt64]
    private var values: [NameFlags]
    private let mask: Int

    /// An empty table for up to half of `capacity` (a power of two) words.
    init(capacity: Int) {
        keys = [UInt64](repeating: 0, count: capacity)
        values = [NameFlags](repeating: [], count: capacity)
        mask = capacity - 1
    }

    /// Adds `flags` to the word `key` stands for.
    mutating func add(_ key: UInt64, _ flags: NameFlags) {
        guard key != 0 else { return }
        var slot = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot].formUnion(flags)
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
