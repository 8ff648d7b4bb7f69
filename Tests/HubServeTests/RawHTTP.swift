import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.1 client over a plain socket: it sends the request target exactly as
/// given (so `..` reaches the server unchanged), reads until the server closes, and gives up
/// after `timeout` seconds. The blocking work runs on a thread of its own, off the Swift
/// concurrency threads and the Dispatch queues that the server in the same process needs.
enum RawHTTP {
    struct Response: Sendable {
        let status: Int
        /// Header names in lower case.
        let headers: [String: String]
        let body: String
        /// The body as received, for bodies that are not text or are cut out of a file.
        let bytes: [UInt8]
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Sends `headers` (e.g. `["Range": "bytes=0-9"]`) after `Host` (the preview's own unless given;
    /// none if empty) and before `Connection: close`.
    static func get(port: Int, _ target: String, method: String = "GET", host: String? = nil, headers: [String: String] = [:],
                    timeout: Double = 10) async throws -> Response {
        let extra = headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)\r\n" }.joined()
        let hostLine = host.map { $0.isEmpty ? "" : "Host: \($0)\r\n" } ?? "Host: 127.0.0.1:\(port)\r\n"
        return try await send(port: port, Array("\(method) \(target) HTTP/1.1\r\n\(hostLine)\(extra)Connection: close\r\n\r\n".utf8),
                              describing: target, timeout: timeout)
    }

    /// Sends `request` as it is and reads the answer until the server closes the connection.
    static func send(port: Int, _ request: [UInt8], describing target: String, timeout: Double = 10) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    try exchange(port: port, request: request, target: target, timeout: timeout)
                })
            }
        }
    }

    private static func exchange(port: Int, request: [UInt8], target: String, timeout: Double) throws -> Response {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(descriptor) }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw Failure(description: "cannot connect to 127.0.0.1:\(port)") }
        var sent = 0
        while sent < request.count {
            // `send` with MSG_NOSIGNAL: a server that has closed the connection must not kill the tests with SIGPIPE.
            let count = request[sent...].withUnsafeBytes { Foundation.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(description: "cannot send the request") }
            sent += count
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                received.append(contentsOf: buffer[0..<count])
            } else if count == 0 {
                break
            } else {
                throw Failure(description: "no complete answer within \(timeout) s for \(target)")
            }
            if Date() > deadline { throw Failure(description: "no complete answer within \(timeout) s for \(target)") }
        }
        return try parse(received, target: target)
    }

    private static func parse(_ bytes: [UInt8], target: String) throws -> Response {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else {
            throw Failure(description: "malformed answer for \(target): \(String(decoding: bytes, as: UTF8.self))")
        }
        let head = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure(description: "malformed status line for \(target): \(head[0])")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[(end + 4)...])
        return Response(status: status, headers: headers, body: String(decoding: body, as: UTF8.self), bytes: body)
    }
}

extension RawHTTP {
    /// Connects, sends half a request and closes the connection.
    static func hangUpMidRequest(port: Int) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread {
                #if canImport(Glibc)
                let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
                #else
                let descriptor = socket(AF_INET, SOCK_STREAM, 0)
                #endif
                var address = sockaddr_in()
                address.sin_family = sa_family_t(AF_INET)
                address.sin_port = in_port_t(UInt16(port).bigEndian)
                address.sin_addr.s_addr = inet_addr("127.0.0.1")
                let connected = withUnsafePointer(to: &address) {
                    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    }
                }
                let partial = Array("GET /briefings/ HTTP/1.1\r\nHo".utf8)
                if connected == 0 { _ = partial.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } }
                close(descriptor)
                continuation.resume(with: connected == 0 ? .success(()) : .failure(Failure(description: "cannot connect")))
            }
        }
    }
}
