/// The path of a request, decoded and checked so that it can only name a file inside the site folder.
struct RequestPath: Sendable, Equatable {
    /// The decoded segments, without empty ones.
    let segments: [String]
    /// `/reviews/` rather than `/reviews`: a folder URL, whose relative links resolve inside it.
    let hasTrailingSlash: Bool

    /// Nil when the raw (still percent-encoded) path tries to leave the site folder: a `.` or `..`
    /// segment (also when percent-encoded), an encoded `/` or `\`, a NUL, or bad percent-encoding.
    init?(raw: String) {
        guard raw.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for part in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(part).removingPercentEncoding else { return nil }
            if decoded == "." || decoded == ".." || decoded.contains("/") || decoded.contains("\\") || decoded.contains("\0") {
                return nil
            }
            segments.append(decoded)
        }
        self.segments = segments
        hasTrailingSlash = raw.hasSuffix("/")
    }

    /// The path relative to the site folder, e.g. `reviews/child-a/index.html`; empty for the root.
    var relative: String { segments.joined(separator: "/") }

    /// True when a segment is hidden (`.learning-hub-output`): such files are never served.
    var isHidden: Bool { segments.contains { $0.hasPrefix(".") } }
}
