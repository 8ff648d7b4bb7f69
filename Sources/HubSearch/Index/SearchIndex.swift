/// An inverted index of a hub's published documents, ready to be written as shards.
public struct SearchIndex: Sendable {
    /// One document's entry: `weight` is its BM25 term-frequency component, quantized to 1...31.
    public struct Posting: Sendable, Equatable {
        public let document: Int
        public let weight: Int
    }

    /// BM25 parameters (`b` is per field: `SearchField.lengthNormalisation`).
    public static let k1 = 1.2
    public static let b = 0.75
    /// Largest quantized weight, standing for `k1 + 1`.
    public static let weightScale = 31

    public let documentCount: Int
    /// Terms in ascending order of their UTF-8 bytes (the order the client's binary search expects).
    public let terms: [String]
    /// `postings[i]` belongs to `terms[i]`, in ascending document order.
    public let postings: [[Posting]]
    public let averageLength: Double
}
