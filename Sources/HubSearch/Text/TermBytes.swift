/// A term as a dictionary key that is equal to another only when their UTF-8 bytes are: Strings
/// compare canonically equivalent spellings as equal, which would let the spelling of a term
/// depend on which of them was met first.
struct TermBytes: Hashable {
    let term: String

    static func == (left: TermBytes, right: TermBytes) -> Bool {
        left.term.utf8.elementsEqual(right.term.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var term = term
        term.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
