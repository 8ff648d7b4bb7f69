/// One entry of a search vocabulary: a word or phrase (its `name`), the words and phrases that mean the
/// same, and broader ones. Search finds documents that use any of `name` and `same` for any of them; it
/// also finds documents that use a broader term for the entry, and the entry for the broader term, ranked
/// lower. An entry of `hub.yaml` (`search: synonyms:`) replaces the default entry of the same name.
public struct SearchSynonym: Sendable, Equatable {
    public let name: String
    public let same: [String]
    public let broader: [String]

    public init(_ name: String, same: [String], broader: [String] = []) {
        self.name = name
        self.same = same
        self.broader = broader
    }

    /// An entry with nothing but its name: in `hub.yaml`, it removes the default entry of that name.
    public var isRemoval: Bool { same.isEmpty && broader.isEmpty }
}
