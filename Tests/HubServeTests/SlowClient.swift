import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A client that connects to the preview, sends the start of a request and then nothing more, as a
/// slow or hostile client does; it notes when the server ends the connection, and what it answered.
final class SlowClient: @unchecked Sendable {
    private let descriptor: Int32
    private let opened = Date()

    init(port: Int, sending start: String) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw RawHTTP.Failure(description: "cannot connect to 127.0.0.1:\(port)")
        }
        let bytes = Array(start.utf8)
        if !bytes.isEmpty { _ = bytes.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } }
    }

    deinit { close(descriptor) }

    /// Waits (on a thread of its own) for the server to close the connection; the status it sent
    /// first, if any, and the seconds since the client connected. Throws if it stays open longer than `seconds`.
    func waitForClose(within seconds: Double) async throws -> (status: Int?, seconds: Double) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { [self] in
                var limit = timeval(tv_sec: Int(seconds), tv_usec: 0)
                setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
                var received: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 4096)
                while true {
                    let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                    if count > 0 { received += buffer[0..<count]; continue }
                    if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                        continuation.resume(throwing: RawHTTP.Failure(description: "the server kept a slow client for over \(seconds) s"))
                        return
                    }
                    break
                }
                let parts = String(decoding: received.prefix(20), as: UTF8.self).split(separator: " ")
                let status = parts.count > 1 ? Int(parts[1]) : nil
                continuation.resume(returning: (status, Date().timeIntervalSince(self.opened)))
            }
        }
    }
}
