import FlyingFox
import Foundation

/// The head of an HTTP/1.x request (request line and header lines), cut from the bytes a client
/// has sent so far, within `PreviewLimits`: a head too big is refused as soon as it is seen to be,
/// without waiting for the rest of it.
struct RequestHead: Sendable {
    /// A request the server answers with `status` and then closes the connection.
    struct Refusal: Error, Equatable {
        let status: HTTPStatusCode
        let message: String
    }

    let method: String
    let target: String
    let version: String
    /// Names in lower case; a name given twice keeps its values joined with ", ".
    let headers: [String: String]

    /// The head at the start of `bytes` and how many bytes it took, or nil if it is not complete yet.
    static func cut(from bytes: [UInt8], limits: PreviewLimits) throws(Refusal) -> (head: RequestHead, length: Int)? {
        guard let lineEnd = bytes.firstIndex(of: 0x0A) else {
            if bytes.count > limits.requestLine { throw Refusal(status: .uriTooLong, message: "the request line is too long") }
            return nil
        }
        guard lineEnd <= limits.requestLine + 1 else { throw Refusal(status: .uriTooLong, message: "the request line is too long") }
        var lines: [ArraySlice<UInt8>] = []
        var start = lineEnd + 1
        while true {
            guard let end = bytes[start...].firstIndex(of: 0x0A) else {
                if bytes.count - lineEnd > limits.headerBytes { throw tooLarge }
                return nil
            }
            let line = trimCarriageReturn(bytes[start..<end])
            start = end + 1
            if line.isEmpty { break }
            lines.append(line)
            guard lines.count <= limits.headerLines, start - lineEnd <= limits.headerBytes else { throw tooLarge }
        }
        return (try parse(requestLine: trimCarriageReturn(bytes[..<lineEnd]), headerLines: lines), start)
    }

    private static var tooLarge: Refusal { Refusal(status: .requestHeaderFieldsTooLarge, message: "the request's headers are too large") }

    private static func trimCarriageReturn(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == 0x0D ? line.dropLast() : line
    }

    private static func parse(requestLine: ArraySlice<UInt8>, headerLines: [ArraySlice<UInt8>]) throws(Refusal) -> RequestHead {
        let bad = Refusal(status: .badRequest, message: "the request is malformed")
        let parts = requestLine.split(separator: 0x20, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(\.isLetter), parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0" else {
            throw bad
        }
        var headers: [String: String] = [:]
        for line in headerLines {
            guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex,
                  let first = line.first, first != 0x20, first != 0x09, line[line.index(before: colon)] != 0x20 else { throw bad }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            // Two Host headers could be read differently by different parts of a chain: refused.
            guard name != "host" || headers[name] == nil else { throw bad }
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        return RequestHead(method: parts[0], target: parts[1], version: parts[2], headers: headers)
    }

    /// Whether the connection stays open for another request after this one's answer.
    var keepsAlive: Bool {
        let tokens = (headers["connection"] ?? "").lowercased().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return version == "HTTP/1.1" ? !tokens.contains("close") : false
    }

    /// Whether a body follows the head (which the preview never reads, so the connection is closed after the answer).
    var hasBody: Bool {
        headers["transfer-encoding"] != nil || (headers["content-length"].map { $0 != "0" } ?? false)
    }

    /// The request as the handler reads it.
    var request: HTTPRequest {
        let cut = target.firstIndex(of: "?")
        let path = cut.map { String(target[..<$0]) } ?? target
        let query = cut.map { String(target[target.index(after: $0)...]) } ?? ""
        var fields = HTTPHeaders()
        for (name, value) in headers { fields[HTTPHeader(name)] = value }
        return HTTPRequest(method: HTTPMethod(method), version: HTTPVersion(version), target: .init(path: path, query: query),
                           headers: fields, body: HTTPBodySequence())
    }
}
