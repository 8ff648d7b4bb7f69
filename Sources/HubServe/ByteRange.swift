import Foundation

/// What a request's `Range` header (RFC 9110 §14) asks of a body of `length` bytes: the preview
/// answers a single range of bytes as production static servers do, so that the search client
/// downloads the same bytes from it as from the published site.
enum ByteRange: Equatable, Sendable {
    /// No range to honour: the header is absent, names a unit other than `bytes`, is malformed
    /// (including a last byte before the first), or asks for several ranges. The whole body is
    /// answered with 200, which RFC 9110 §14.2 allows.
    case whole
    /// The bytes `lowerBound...upperBound` of the body, both inclusive and inside it: 206.
    case partial(ClosedRange<Int>)
    /// No byte of the body is in the range (it starts at or beyond the end, or is `bytes=-0`;
    /// every range of an empty body): 416.
    case unsatisfiable

    /// Reads `header` (`bytes=a-b`, `bytes=a-` to the end, `bytes=-n` the last n bytes) against a
    /// body of `length` bytes. A last byte past the body is clamped to its last byte, and a suffix
    /// longer than the body takes all of it. The unit is case-insensitive; numbers too large for
    /// an `Int` count as `Int.max`, so they clamp rather than make the header malformed.
    init(header: String?, length: Int) {
        guard let header, let equals = header.firstIndex(of: "="),
              header[..<equals].trimmingCharacters(in: .whitespaces).lowercased() == "bytes" else {
            self = .whole
            return
        }
        // A list may hold empty elements (RFC 9110 §5.6.1): `bytes=0-9,` is one range.
        let specs = header[header.index(after: equals)...].split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard specs.count == 1, let dash = specs[0].firstIndex(of: "-") else {
            self = .whole
            return
        }
        let first = specs[0][..<dash], last = specs[0][specs[0].index(after: dash)...]
        if first.isEmpty {
            guard let suffix = Self.number(last) else {
                self = .whole
                return
            }
            self = suffix == 0 || length == 0 ? .unsatisfiable : .partial(max(0, length - suffix)...(length - 1))
            return
        }
        guard let start = Self.number(first) else {
            self = .whole
            return
        }
        let end: Int
        if last.isEmpty {
            end = Int.max
        } else {
            guard let number = Self.number(last), number >= start else {
                self = .whole
                return
            }
            end = number
        }
        self = start >= length ? .unsatisfiable : .partial(start...min(end, length - 1))
    }

    /// The value of `digits` (one or more ASCII digits, nothing else), at most `Int.max`.
    private static func number(_ digits: Substring) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits.utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (times10, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowedAgain) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            value = overflowed || overflowedAgain ? Int.max : sum
        }
        return value
    }
}
