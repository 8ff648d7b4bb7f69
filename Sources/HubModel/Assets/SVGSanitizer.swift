/// The published form of an SVG image: the file read strictly (`SVGParser`), everything that could
/// run script or fetch from elsewhere removed (`SVGCleaner`: `<script>`, `<foreignObject>`, event
/// handlers, external references, unsafe style sheets, elements outside `SVGAllowList`), and written
/// again from what is left (`SVGWriter`), so that nothing the reader did not understand gets through.
enum SVGSanitizer {
    static func sanitize(_ bytes: [UInt8]) throws(AssetProblem) -> PublishedAsset {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw AssetProblem("the SVG is not UTF-8 text", hint: "export it again as SVG with the encoding UTF-8")
        }
        var parser = SVGParser(bytes)
        let root = try parser.parse()
        guard root.name == "svg" else {
            throw AssetProblem("the file's root element is <\(root.name)>, not <svg>",
                               hint: "export the drawing again as plain SVG", line: root.line, column: root.column)
        }
        var cleaner = SVGCleaner()
        let clean = cleaner.clean(root) ?? SVGElement(name: "svg", attributes: [], content: [], line: 1, column: 1)
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        var namespaces = [("xmlns", SVGAllowList.svgNamespace)]
        if cleaner.usesXLink { namespaces.append(("xmlns:xlink", SVGAllowList.xlinkNamespace)) }
        SVGWriter.write(clean, extraAttributes: namespaces, into: &text)
        text += "\n"
        return PublishedAsset(bytes: Array(text.utf8), removed: parser.removed + cleaner.removed)
    }
}
