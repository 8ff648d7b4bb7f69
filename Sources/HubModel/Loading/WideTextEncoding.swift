/// A text encoding of two or four bytes a character (UTF-16 or UTF-32), which Windows editors offer
/// as "Unicode": recognised by its byte-order mark or, without one, by the zero bytes of ASCII text.
enum WideTextEncoding: Equatable {
    case utf16(littleEndian: Bool)
    case utf32(littleEndian: Bool)

    /// The encoding `bytes` are in, if they are UTF-16 or UTF-32 rather than UTF-8 (or binary).
    init?(of bytes: [UInt8]) {
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { self = .utf32(littleEndian: true); return }
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { self = .utf32(littleEndian: false); return }
        if head.starts(with: [0xFF, 0xFE]) { self = .utf16(littleEndian: true); return }
        if head.starts(with: [0xFE, 0xFF]) { self = .utf16(littleEndian: false); return }
        // Without a mark: the first characters of a document ("---", a title) are ASCII, whose
        // wide forms have a zero byte beside each character byte.
        guard head.count == 8 else { return nil }
        func pattern(_ isZero: (Int) -> Bool) -> Bool {
            head.indices.allSatisfy { isZero($0) == (head[$0] == 0) }
        }
        if pattern({ $0 % 4 != 0 }) { self = .utf32(littleEndian: true); return }
        if pattern({ $0 % 4 != 3 }) { self = .utf32(littleEndian: false); return }
        if pattern({ $0 % 2 == 1 }) { self = .utf16(littleEndian: true); return }
        if pattern({ $0 % 2 == 0 }) { self = .utf16(littleEndian: false); return }
        return nil
    }

    /// As the error names it, e.g. "UTF-16 (little-endian)".
    var name: String {
        switch self {
        case .utf16(let little): return "UTF-16 (\(little ? "little" : "big")-endian)"
        case .utf32(let little): return "UTF-32 (\(little ? "little" : "big")-endian)"
        }
    }
}
