/// A name that is not prose (a slug, a file name, an address) spelled as words for the scan: its
/// separators as spaces and each word of letters capitalised, byte for byte, so offsets are the name's.
enum NameSpelling {
    static func spell(_ name: String) -> [UInt8] {
        var bytes = Array(name.utf8)
        var wordStart = true
        for index in bytes.indices {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "+"), UInt8(ascii: "="),
                 UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: ":"), UInt8(ascii: ";"),
                 UInt8(ascii: ","), UInt8(ascii: "~"):
                bytes[index] = 0x20
                wordStart = true
            case UInt8(ascii: "."):
                wordStart = true
            default:
                if wordStart, ScanBytes.isLower(byte), isLettersOnly(bytes, from: index) { bytes[index] = byte - 0x20 }
                wordStart = false
            }
        }
        return bytes
    }

    /// Whether the word starting at `start` has letters only ("jayden", not "eh1").
    private static func isLettersOnly(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start
        while index < bytes.count, ScanBytes.isLetter(bytes[index]) || bytes[index] >= 0x80 { index += 1 }
        return index == bytes.count || !ScanBytes.isDigit(bytes[index])
    }
}
