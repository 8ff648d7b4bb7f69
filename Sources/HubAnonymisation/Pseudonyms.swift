/// Names an author has declared as pseudonyms (`pseudonyms: [Ellie, Sam]` in a document's front
/// matter, or hub-wide in `hub.yaml`): the name check never reports them.
public struct Pseudonyms: Sendable, Equatable {
    /// The pseudonyms as given.
    public let names: [String]
    /// Hashes of their folded words.
    let hashes: Set<UInt64>

    public init(_ names: [String]) {
        self.names = names
        var hashes: Set<UInt64> = []
        for name in names {
            for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                hashes.insert(NameGazetteer.hash(NameNormaliser.fold(word).utf8))
            }
        }
        self.hashes = hashes
    }

    /// No pseudonyms.
    public static let none = Pseudonyms([])

    /// These and `other`'s.
    public func union(_ other: Pseudonyms) -> Pseudonyms {
        other.names.isEmpty ? self : names.isEmpty ? other : Pseudonyms(names + other.names)
    }
}
