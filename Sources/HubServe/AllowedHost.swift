/// The `Host` a request must carry: the preview's own address on the loopback interface. A page on
/// another site that points a name of its own at 127.0.0.1 (DNS rebinding) sends that name as the
/// host, and is refused, so it cannot read the preview's drafts.
struct AllowedHost {
    let port: Int

    /// Whether `host` (the header's value) names the preview: `127.0.0.1`, `localhost` or `[::1]`
    /// with the preview's port (which a browser leaves out only for port 80).
    func allows(_ host: String?) -> Bool {
        guard let host = host?.lowercased() else { return false }
        for name in ["127.0.0.1", "localhost", "[::1]"] {
            if host == "\(name):\(port)" || (port == 80 && host == name) { return true }
        }
        return false
    }
}
