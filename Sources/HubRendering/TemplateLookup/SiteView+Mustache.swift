import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension SiteView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "description": return description
        case "language": return language
        case "baseURL": return baseURL
        case "accessibilityHref": return accessibilityHref
        case "aboutHref": return aboutHref
        default: return nil
        }
    }
}
