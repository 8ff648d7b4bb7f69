import FlyingFox
import Foundation

/// An answer as the bytes sent for it: status line, headers (with the body's length, and
/// `Connection: close` when the connection ends after it) and body.
enum ResponseWriter {
    static func bytes(of response: HTTPResponse, closing: Bool) async throws -> Data {
        let body = try await response.bodyData
        var headers = response.headers
        if headers[.contentLength] == nil { headers[.contentLength] = String(body.count) }
        headers[.connection] = closing ? "close" : "keep-alive"
        var head = "HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)\r\n"
        for (name, value) in headers.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            head += "\(name.rawValue): \(value)\r\n"
        }
        return Data((head + "\r\n").utf8) + body
    }

    /// A plain-text answer to a request that is refused before the handler sees it.
    static func refusal(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                     body: Data("\(status.code) \(status.phrase): \(message)\n".utf8))
    }
}
