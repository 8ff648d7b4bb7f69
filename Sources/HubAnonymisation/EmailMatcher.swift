/// Finds an email address around an `@`.
enum EmailMatcher {
    /// File extensions that make `name@2x.png` a file name, not an address.
    private static let fileExtensions: Set<String> = [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "avif", "md", "html", "htm", "txt", "json", "yaml", "yml",
        "docx", "doc", "xlsx", "csv", "swift", "js", "css",
    ]

    /// The address whose `@` is at byte `at`, if there is one.
    static func match(in text: ScanBytes, at: Int) -> ByteMatch? {
        // Local part: letters, digits and . _ % + - ' back from the @, not starting with a dot or quote, not ending with a dot.
        var start = at
        while start > 0, isLocalByte(text.at(start - 1)) { start -= 1 }
        while start < at, text.at(start) == UInt8(ascii: ".") || text.at(start) == UInt8(ascii: "'") { start += 1 }
        guard start < at, text.at(at - 1) != UInt8(ascii: "."), !text.isWordScalar(before: start) else { return nil }

        // Domain: dot-separated labels of letters, digits and hyphens; the last label (the TLD) letters only.
        var end = at + 1
        var labelStart = end
        var dots = 0
        var lastLabel = end..<end
        while true {
            var cursor = labelStart
            while ScanBytes.isAlphanumeric(text.at(cursor)) || text.at(cursor) == UInt8(ascii: "-") { cursor += 1 }
            guard cursor > labelStart, text.at(labelStart) != UInt8(ascii: "-") else { break }
            var labelEnd = cursor
            while labelEnd > labelStart, text.at(labelEnd - 1) == UInt8(ascii: "-") { labelEnd -= 1 }
            end = labelEnd
            lastLabel = labelStart..<labelEnd
            guard labelEnd == cursor, text.at(cursor) == UInt8(ascii: "."), ScanBytes.isAlphanumeric(text.at(cursor + 1)) else { break }
            dots += 1
            labelStart = cursor + 1
        }
        guard dots >= 1, lastLabel.count >= 2, lastLabel.allSatisfy({ ScanBytes.isLetter(text.at($0)) }),
              !text.isWordScalar(at: end) else { return nil }
        if lastLabel.count <= 4, fileExtensions.contains(text.text(lastLabel).lowercased()) { return nil }
        return ByteMatch(kind: .email, start: start, end: end)
    }

    @inline(__always)
    private static func isLocalByte(_ byte: UInt8) -> Bool {
        if ScanBytes.isAlphanumeric(byte) { return true }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }
}
