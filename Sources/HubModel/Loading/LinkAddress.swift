import Foundation

/// A link's or image's address as a reader's browser would show its parts: percent-escapes and
/// `+` in the query decoded, and the host (`//maps.example.org`) blanked out, as it names a site, not a
/// person, while keeping every offset so that findings keep their columns.
enum LinkAddress {
    static func readable(_ destination: String) -> String {
        var text = destination
        if let range = text.range(of: "//") {
            let hostEnd = text[range.upperBound...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? text.endIndex
            if !text[range.upperBound..<hostEnd].contains("@") {
                text.replaceSubrange(range.lowerBound..<hostEnd, with: String(repeating: " ", count: text.distance(from: range.lowerBound, to: hostEnd)))
            }
        }
        guard text.contains("%") else { return text }
        return text.removingPercentEncoding ?? text
    }
}
