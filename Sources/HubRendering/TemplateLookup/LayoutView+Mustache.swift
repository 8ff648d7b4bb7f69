import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension LayoutView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "site": return site
        case "root": return root
        case "title": return title
        case "headTitle": return headTitle
        case "metaDescription": return metaDescription
        case "canonicalURL": return canonicalURL
        case "siteHeader": return siteHeader
        case "siteFooter": return siteFooter
        case "breadcrumbs": return breadcrumbs
        case "hasBreadcrumbs": return hasBreadcrumbs
        case "pageType": return pageType
        case "isDraft": return isDraft
        case "feeds": return feeds
        default: return nil
        }
    }
}
