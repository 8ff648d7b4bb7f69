/// An Atom `<category>`: a learning theme, with the theme index as its scheme.
struct AtomCategory: Sendable, Hashable {
    let term: String
    let label: String
    let scheme: String

    var xml: String {
        "<category term=\"\(XMLText.escape(term))\" scheme=\"\(XMLText.escape(scheme))\" label=\"\(XMLText.escape(label))\"/>"
    }
}
