/// The rules for the last part of a page's URL.
public enum Slug {
    /// Letters, digits and `-` only, not starting or ending with `-` (so no `..`, `/` or spaces).
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 120 && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
