/// Makes readable, unique `id` attributes for headings ("Why it matters" -> `why-it-matters`).
struct HeadingAnchors {
    private var used: [String: Int] = [:]

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
