/// What of an SVG is published: drawing, text, paint servers, clipping, masks, filters and
/// animation of what they draw; never `<script>`, `<foreignObject>` (which holds HTML), event
/// handlers, or anything that fetches from elsewhere.
enum SVGAllowList {
    static let elements: Set<String> = [
        "svg", "g", "defs", "symbol", "use", "switch", "title", "desc", "view", "a", "image", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
        "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology",
        "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence",
        "animate", "animateMotion", "animateTransform", "set", "mpath",
    ]
    /// Elements whose removal says nothing worth a warning: an editor's description of the file.
    static let quietlyRemoved: Set<String> = ["metadata"]
    /// Animation elements, which may not change a reference, a handler or a style.
    static let animations: Set<String> = ["animate", "set", "animateMotion", "animateTransform"]
    /// Attributes with a namespace prefix that are kept; every other prefixed one is an editor's and goes.
    static let prefixedAttributes: Set<String> = ["xml:space", "xml:lang"]
    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"

    /// Whether an animation may target the attribute `name`.
    static func mayAnimate(_ name: String) -> Bool {
        let local = name.split(separator: ":").last.map(String.init)?.lowercased() ?? ""
        return !(local == "href" || local.hasPrefix("on") || local == "style" || local == "attributename")
    }

    /// The raster types an `<image>` may embed as a `data:` address, with their `AssetType`.
    static let embeddedImages: [String: AssetType] = [
        "data:image/png;base64,": .png, "data:image/jpeg;base64,": .jpeg, "data:image/jpg;base64,": .jpeg,
        "data:image/gif;base64,": .gif, "data:image/webp;base64,": .webp,
    ]
}
