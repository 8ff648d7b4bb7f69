/// The references an SVG's text may use: XML's five (`&amp;` ...), character references (`&#160;`,
/// `&#xA0;`) and the plain text entities its document type declares, with what they may add to the
/// file bounded, so that a few declarations cannot make it huge.
struct XMLEntities {
    struct Failure: Error {
        let message: String
    }

    private var declared: [String: String] = [:]
    /// Bytes added by expanding declared entities so far.
    private var expanded = 0
    static let maximumExpansion = 4_000_000
    static let predefined = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// Declares `name` as `value`; a name declared twice keeps its first value, as in XML.
    mutating func declare(_ name: String, _ value: String, problem: AssetProblem) throws(AssetProblem) {
        guard declared.count < 1000, value.utf8.count <= 100_000 else { throw problem }
        if declared[name] == nil { declared[name] = value }
    }

    /// `raw` with its references replaced; a failure names the first that is not allowed.
    mutating func decode(_ raw: ArraySlice<UInt8>) throws(Failure) -> String {
        guard raw.contains(0x26) else { return String(decoding: raw, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            guard raw[index] == 0x26 else {
                result.append(raw[index])
                index += 1
                continue
            }
            guard let end = raw[index...].firstIndex(of: 0x3B) else { throw Failure(message: "an '&' is not part of a reference") }
            let name = String(decoding: raw[(index + 1)..<end], as: UTF8.self)
            result += Array(try replacement(of: name).utf8)
            index = end + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private mutating func replacement(of name: String) throws(Failure) -> String {
        if let value = Self.predefined[name] { return value }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let code = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let code, code != 0, let scalar = Unicode.Scalar(code) else {
                throw Failure(message: "'&\(name);' is not a character")
            }
            return String(Character(scalar))
        }
        guard let value = declared[name] else { throw Failure(message: "the entity '&\(name);' is not declared") }
        expanded += value.utf8.count
        guard expanded <= Self.maximumExpansion else { throw Failure(message: "the SVG's entities expand it too much") }
        return value
    }
}
