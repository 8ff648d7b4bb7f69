import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension DocumentSummaryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": return href
        case "title": return title
        case "kind": return kind
        case "kindLabel": return kindLabel
        case "summary": return summary
        case "publishedISO": return publishedISO
        case "publishedLong": return publishedLong
        case "themes": return themes
        case "isWithdrawn": return isWithdrawn
        case "isDraft": return isDraft
        case "html": return html
        default: return nil
        }
    }
}
