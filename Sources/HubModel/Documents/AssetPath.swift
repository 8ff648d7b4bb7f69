/// Rules for paths of files under `assets/` that are copied to the site.
public enum AssetPath {
    /// True for a relative path inside `assets/` with plain segments: no `..`, no absolute path, no odd characters.
    public static func isSafe(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 2, segments[0] == "assets" else { return false }
        return segments.dropFirst().allSatisfy { segment in
            !segment.isEmpty && segment != "." && segment != ".." && !segment.hasPrefix(".")
                && segment.unicodeScalars.allSatisfy {
                    ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                        || $0 == "-" || $0 == "_" || $0 == "."
                }
        }
    }
}
