import Foundation

/// A term as a dictionary key that is equal to another only when their UTF-8 bytes are: Strings
/// compare canonically equivalent spellings as equal, which would let the spelling of a term
/// depend on which of them was met first. Also the byte comparisons that order the vocabulary.
public struct TermBytes: Hashable {
    let term: String

    public static func == (left: TermBytes, right: TermBytes) -> Bool {
        compare(left.term, right.term) == 0
    }

    public func hash(into hasher: inout Hasher) {
        var term = term
        term.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Less than, equal to or greater than zero as `left`'s UTF-8 bytes come before, equal or come after `right`'s.
    public static func compare(_ left: String, _ right: String) -> Int {
        var left = left, right = right
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let shared = min(a.count, b.count)
                if shared > 0, let x = a.baseAddress, let y = b.baseAddress {
                    let order = memcmp(x, y, shared)
                    if order != 0 { return Int(order) }
                }
                return a.count - b.count
            }
        }
    }

    /// The first eight UTF-8 bytes of `term`, big-endian, padded with zeros: ordered as the bytes are
    /// (a shorter term that is a prefix of a longer one has the smaller key or an equal one).
    static func prefixKey(_ term: String) -> UInt64 {
        var term = term
        return term.withUTF8 { bytes in
            var key: UInt64 = 0
            for index in 0..<min(8, bytes.count) { key |= UInt64(bytes[index]) << UInt64(56 - 8 * index) }
            return key
        }
    }
}
