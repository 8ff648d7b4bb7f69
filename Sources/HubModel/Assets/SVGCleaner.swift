import Foundation

/// Takes out of SVG elements whatever could run script or fetch from elsewhere, noting each thing
/// taken out (with its line) for the build's warning. See `SVGAllowList` for what stays.
struct SVGCleaner {
    private(set) var removed: [String] = []
    /// Whether a kept reference is written `xlink:href`, so the root must declare the XLink namespace.
    private(set) var usesXLink = false
    /// Prefixed elements whose removal is worth a warning even so.
    static let dangerous: Set<String> = ["script", "foreignObject", "iframe", "object", "embed", "handler", "listener"]

    /// The element without what is not allowed; nil if the element itself goes.
    mutating func clean(_ element: SVGElement) -> SVGElement? {
        let local = String(element.localName)
        guard !element.isPrefixed, SVGAllowList.elements.contains(local) else {
            if (!element.isPrefixed || Self.dangerous.contains(local)) && !SVGAllowList.quietlyRemoved.contains(local) {
                removed.append("<\(element.name)> (line \(element.line))")
            }
            return nil
        }
        if SVGAllowList.animations.contains(local),
           let target = element.attributes.first(where: { $0.name == "attributeName" })?.value, !SVGAllowList.mayAnimate(target) {
            removed.append("<\(local)> of '\(target)' (line \(element.line))")
            return nil
        }
        var result = element
        result.attributes = element.attributes.compactMap { clean($0, of: element) }
        if local == "style" {
            guard SVGStyleCheck.isSafe(element.text) else {
                removed.append("a <style> sheet that imports or fetches from elsewhere (line \(element.line))")
                return nil
            }
            result.content = element.text.isEmpty ? [] : [.text(element.text)]
            return result
        }
        result.content = element.content.compactMap { item in
            switch item {
            case .text: return item
            case .element(let child): return clean(child).map { .element($0) }
            }
        }
        return result
    }

    /// The attribute as published, or nil if it goes.
    private mutating func clean(_ attribute: (name: String, value: String), of element: SVGElement) -> (name: String, value: String)? {
        let (name, value) = attribute
        let lower = name.lowercased()
        let place = "<\(element.name)> (line \(element.line))"
        if name == "xmlns" || name.hasPrefix("xmlns:") { return nil }
        if name == "href" || name == "xlink:href" {
            guard let reference = reference(value, in: element) else {
                removed.append("the reference to '\(value.prefix(60))' of \(place)")
                return nil
            }
            if name == "xlink:href" { usesXLink = true }
            return (name, reference)
        }
        if name.contains(":") { return SVGAllowList.prefixedAttributes.contains(name) ? attribute : nil }
        if lower.hasPrefix("on") {
            removed.append("the event handler \(name) of \(place)")
            return nil
        }
        if lower == "style" ? !SVGStyleCheck.isSafe(value) : !SVGStyleCheck.allURLsAreLocal(value) {
            removed.append("the \(name) attribute of \(place), which fetches from elsewhere")
            return nil
        }
        return attribute
    }

    /// A reference kept: to a fragment of the same file, or, for an image, embedded PNG, JPEG, GIF
    /// or WebP data (with its metadata removed as a published image's is).
    private func reference(_ value: String, in element: SVGElement) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("#") { return trimmed }
        guard element.name == "image" || element.name == "feImage",
              let (prefix, type) = SVGAllowList.embeddedImages.first(where: { trimmed.lowercased().hasPrefix($0.key) }),
              let data = Data(base64Encoded: String(trimmed.dropFirst(prefix.count)), options: .ignoreUnknownCharacters),
              let published = try? PublishedAsset.make(type, from: [UInt8](data)) else { return nil }
        return prefix + Data(published.bytes).base64EncodedString()
    }
}
