import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension DocumentHeaderView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": return kind
        case "kindLabel": return kindLabel
        case "summary": return summary
        case "publishedISO": return publishedISO
        case "publishedLong": return publishedLong
        case "updatedISO": return updatedISO
        case "updatedLong": return updatedLong
        case "themes": return themes
        case "facts": return facts
        case "isWithdrawn": return isWithdrawn
        case "isDraft": return isDraft
        default: return nil
        }
    }
}
