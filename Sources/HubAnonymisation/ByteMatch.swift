/// A finding before its line and column are worked out: a kind and a range of UTF-8 byte offsets.
struct ByteMatch: Sendable, Equatable {
    let kind: IdentifierKind
    /// Offset of the first byte.
    let start: Int
    /// Offset just past the last byte.
    let end: Int
}
