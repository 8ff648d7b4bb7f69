import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension XMLElement {
    /// The value of the attribute `name`. (On Linux, `attribute(forName:)` finds nothing on an
    /// element in a default namespace, as every Atom, sitemap and SVG element is.)
    func value(of name: String) -> String? {
        attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }
}
