import Foundation

/// Tells open preview pages when to reload: each finished build has a new version, and a
/// long-poll request (`/__livereload?v=N`) is answered as soon as the version is no longer N.
///
/// The pages' Content-Security-Policy allows scripts from the site's own origin only, so the
/// client is an external script (`/__livereload.js`), added just before `</body>` of every
/// HTML response of the preview, never to the built site.
actor LiveReload {
    /// The path of the client script.
    static let scriptPath = "/__livereload.js"
    /// The path of the long-poll endpoint.
    static let pollPath = "/__livereload"

    private(set) var version = 0
    private var waiters: [UUID: CheckedContinuation<Int, Never>] = [:]
    private var isClosed = false

    /// Sets the version of the site now served and answers every waiting request.
    func publish(_ newVersion: Int) {
        version = newVersion
        resumeAll()
    }

    /// Answers every waiting request and every later one at once (the server is stopping).
    func close() {
        isClosed = true
        resumeAll()
    }

    /// Holds requests again after `close()` (the server is starting again).
    func reopen() {
        isClosed = false
    }

    /// The current version as soon as it differs from `seen`, or after `hold`, whichever comes first.
    func wait(after seen: Int, hold: Duration) async -> Int {
        guard version == seen, !isClosed else { return version }
        let id = UUID()
        let timer = Task { [weak self] in
            try? await Task.sleep(for: hold)
            await self?.release(id)
        }
        defer { timer.cancel() }
        return await withTaskCancellationHandler {
            await withCheckedContinuation(isolation: self) { continuation in
                if Task.isCancelled {
                    continuation.resume(returning: version)
                } else {
                    waiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.release(id) }
        }
    }

    private func release(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume(returning: version)
    }

    private func resumeAll() {
        let waiting = waiters
        waiters.removeAll()
        for continuation in waiting.values { continuation.resume(returning: version) }
    }

    /// The tag that loads the client, carrying the version of the page it is added to.
    static func scriptTag(version: Int) -> String {
        "<script src=\"\(scriptPath)?v=\(version)\" defer></script>"
    }

    /// `html` with the client script added just before its last `</body>` (or at the end).
    static func inject(into html: Data, version: Int) -> Data {
        let tag = Data((scriptTag(version: version) + "\n").utf8)
        let closing = Data("</body>".utf8)
        let upper = Data("</BODY>".utf8)
        let found = [html.range(of: closing, options: .backwards), html.range(of: upper, options: .backwards)]
            .compactMap { $0 }.max { $0.lowerBound < $1.lowerBound }
        guard let range = found else { return html + tag }
        var result = Data(html[html.startIndex..<range.lowerBound])
        result.append(tag)
        result.append(html[range.lowerBound...])
        return result
    }

    /// The client: waits for the version to change, then reloads the page; retries while the server is away.
    static let script = """
        // learning-hub preview: reloads this page when the hub is rebuilt. Served by `learning-hub serve` only.
        (function () {
          "use strict";
          var script = document.currentScript;
          var version = script ? Number(new URL(script.src, location.href).searchParams.get("v")) || 0 : 0;
          var failures = 0;
          function poll() {
            fetch("\(pollPath)?v=" + version, { cache: "no-store" })
              .then(function (response) {
                if (!response.ok) { throw new Error("live reload: HTTP " + response.status); }
                return response.json();
              })
              .then(function (data) {
                failures = 0;
                if (data.version !== version) { location.reload(); } else { poll(); }
              })
              .catch(function () {
                failures += 1;
                setTimeout(poll, Math.min(5000, 500 * failures));
              });
          }
          poll();
        })();

        """
}
