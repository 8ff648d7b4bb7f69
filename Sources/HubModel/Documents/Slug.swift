/// The rules for the last part of a page's URL.
public enum Slug {
    /// Letters, digits and `-` only, not starting or ending with `-` (so no `..`, `/` or spaces).
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 120 && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A vocabulary id (learning theme, committee): lower-case letters, digits and `-`.
    public static func isValidID(_ id: String) -> Bool {
        isValid(id) && !id.unicodeScalars.contains { ("A"..."Z").contains($0) }
    }

    /// The slug a document takes from its file when its front matter gives none: the file name
    /// without `.md` (`reviews/child-a.md` gives `child-a`).
    public static func fromFile(_ sourcePath: String) -> String {
        String(sourcePath.split(separator: "/").last ?? "").replacingOccurrences(of: ".md", with: "")
    }
}
