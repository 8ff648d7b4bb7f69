/// Makes readable, unique `id` attributes for headings ("Why it matters" -> `why-it-matters`).
///
/// An anchor never takes an id the page around the document uses (`reserved`: `## Main` gets
/// `main-2`, not the `main` of `<main id="main">`), nor one of the shape cmark-gfm gives footnotes
/// (`fn-1`, `fnref-1`): such a heading's anchor starts with `section-`.
struct HeadingAnchors {
    private var used: [String: Int] = [:]

    init(reserved: Set<String> = []) {
        for id in reserved { used[id] = 1 }
    }

    /// The prefixes of the ids cmark-gfm gives footnotes and the references to them.
    static let footnotePrefixes = ["fn-", "fnref-"]

    /// Returns a fresh anchor for `text`, adding `-2`, `-3`, ... when it has been used before.
    mutating func anchor(for text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let isWordScalar = scalar.isASCII
                ? ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
                : scalar.properties.isAlphabetic
            if isWordScalar {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if scalar == " " || scalar == "-" || scalar == "_" {
                pendingDash = true
            }
        }
        if slug.isEmpty { slug = "section" }
        if Self.footnotePrefixes.contains(where: slug.hasPrefix) { slug = "section-" + slug }
        var count = used[slug, default: 0] + 1
        var anchor = count == 1 ? slug : "\(slug)-\(count)"
        // "A", "A", "A 2" must not give "a-2" twice: skip suffixes that are taken.
        while count > 1 && used[anchor] != nil {
            count += 1
            anchor = "\(slug)-\(count)"
        }
        used[slug] = count
        if anchor != slug { used[anchor, default: 0] += 1 }
        return anchor
    }
}
