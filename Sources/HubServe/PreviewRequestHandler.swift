import FlyingFox
import Foundation

/// Answers the preview's requests: the live-reload client and endpoint, files of the latest
/// build (with the client added to HTML), or the diagnostics page while the hub does not build.
struct PreviewRequestHandler: HTTPHandler {
    let builder: PreviewBuilder
    let liveReload: LiveReload
    let liveReloadHold: Duration

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let isHead = request.method == .HEAD
        guard request.method == .GET || isHead else {
            var response = Self.text(.methodNotAllowed, "405 Method Not Allowed: the preview only answers GET and HEAD\n")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        // Ranges are defined for GET only, and an `If-Range` can never match: the preview sends no
        // validators, so the whole file is the answer then (RFC 9110 §13.1.5, §14.2).
        let range = request.method == .GET && request.headers[HTTPHeader("If-Range")] == nil ? request.headers[.range] : nil
        var response: HTTPResponse
        if let path = RequestPath(raw: request.target.path()) {
            response = await self.response(for: path, query: request.target.query(), items: request.query, range: range)
        } else {
            response = Self.text(.forbidden, "403 Forbidden: the path must stay inside the site\n")
        }
        if isHead {
            let length = try await response.bodyData.count
            response = HTTPResponse(version: response.version, statusCode: response.statusCode, headers: response.headers)
            response.headers[.contentLength] = String(length)
        }
        return response
    }

    private func response(for path: RequestPath, query: String, items: [HTTPRequest.QueryItem], range: String?) async -> HTTPResponse {
        if path.segments == ["__livereload.js"] {
            return Self.respond(.ok, contentType: ContentType.forPath("x.js"), body: Data(LiveReload.script.utf8))
        }
        if path.segments == ["__livereload"] {
            let seen = items.first { $0.name == "v" }.flatMap { Int($0.value) } ?? -1
            let version = await liveReload.wait(after: seen, hold: liveReloadHold)
            return Self.respond(.ok, contentType: ContentType.forPath("x.json"), body: Data("{\"version\":\(version)}\n".utf8))
        }
        let (state, version) = await builder.current
        switch state {
        case .starting:
            var response = Self.text(.serviceUnavailable, "503 Service Unavailable: the preview is still building; reload in a moment\n")
            response.headers[HTTPHeader("Retry-After")] = "1"
            return response
        case .ready(let site):
            return serve(path, query: query, from: site, version: version, range: range)
        case .failed(let diagnostics, let lastGood):
            // Pages show the errors; the files they load (CSS, scripts, images) come from the last good build.
            if let lastGood, !path.isHidden, let file = Self.file(path, in: lastGood), !ContentType.isHTML(file),
               let data = FileManager.default.contents(atPath: file) {
                return Self.respond(file: data, contentType: ContentType.forPath(file), range: range)
            }
            var response = Self.respond(.internalServerError, contentType: ContentType.html,
                                        body: Data(ErrorPage.html(diagnostics: diagnostics, version: version).utf8))
            response.headers[HTTPHeader("Content-Security-Policy")] =
                "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
            return response
        }
    }

    /// A file of the built site at `site`, HTML with the live-reload client added; a folder URL
    /// without its final `/` is redirected so that the page's relative links work. Other files
    /// answer the byte range the `range` header asks for, as production servers do.
    private func serve(_ path: RequestPath, query: String, from site: String, version: Int, range: String?) -> HTTPResponse {
        if !path.isHidden, !path.segments.isEmpty, !path.hasTrailingSlash, Self.isDirectory(path, in: site) {
            let location = "/" + path.segments.map(Self.encodeSegment).joined(separator: "/") + "/" + (query.isEmpty ? "" : "?" + query)
            var response = Self.respond(.found, contentType: "text/plain; charset=utf-8", body: Data("302 Found: \(location)\n".utf8))
            response.headers[.location] = location
            return response
        }
        guard !path.isHidden, let file = Self.file(path, in: site), let data = FileManager.default.contents(atPath: file) else {
            return Self.respond(.notFound, contentType: ContentType.html,
                                body: Data(ErrorPage.notFound(path: "/" + path.relative, version: version).utf8))
        }
        let contentType = ContentType.forPath(file)
        // A range of a page would count bytes of what the client is added to: pages are answered whole.
        guard contentType != ContentType.html else {
            return Self.respond(.ok, contentType: contentType, body: LiveReload.inject(into: data, version: version))
        }
        return Self.respond(file: data, contentType: contentType, range: range)
    }

    /// The regular file `path` names inside `site` (`index.html` for a folder), if it exists and,
    /// with symbolic links resolved, is still inside `site`.
    static func file(_ path: RequestPath, in site: String) -> String? {
        let root = URL(fileURLWithPath: site).resolvingSymlinksInPath()
        var url = path.segments.isEmpty ? root : root.appendingPathComponent(path.relative)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            url.appendPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        }
        let resolved = url.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(root.path + "/") else { return nil }
        return resolved
    }

    static func isDirectory(_ path: RequestPath, in site: String) -> Bool {
        var isDirectory: ObjCBool = false
        let full = (site as NSString).appendingPathComponent(path.relative)
        return FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func encodeSegment(_ segment: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }

    static func respond(_ status: HTTPStatusCode, contentType: String, body: Data) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [
            .contentType: contentType,
            .cacheControl: "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ], body: body)
    }

    /// A file served as it is on disk, with `Accept-Ranges: bytes`: 206 and the bytes of a single
    /// satisfiable `range` header (see ``ByteRange``), 416 when no byte of the file is in it, and
    /// otherwise 200 and the whole file.
    static func respond(file data: Data, contentType: String, range: String?) -> HTTPResponse {
        var response: HTTPResponse
        switch ByteRange(header: range, length: data.count) {
        case .whole:
            response = respond(.ok, contentType: contentType, body: data)
        case .partial(let bytes):
            let start = data.startIndex
            response = respond(.partialContent, contentType: contentType,
                               body: data.subdata(in: start + bytes.lowerBound..<start + bytes.upperBound + 1))
            response.headers[.contentRange] = "bytes \(bytes.lowerBound)-\(bytes.upperBound)/\(data.count)"
        case .unsatisfiable:
            response = text(.rangeNotSatisfiable, "416 Range Not Satisfiable: the file has \(data.count) bytes\n")
            response.headers[.contentRange] = "bytes */\(data.count)"
        }
        response.headers[.acceptRanges] = "bytes"
        return response
    }

    static func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        respond(status, contentType: "text/plain; charset=utf-8", body: Data(message.utf8))
    }
}
