import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension SiteChromeView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return site
        case "root": return root
        case "homeHref": return homeHref
        case "nav": return nav
        default: return nil
        }
    }
}
