import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One client's connection to the preview: each request's head read within `PreviewLimits` and by
/// its deadline, its `Host` checked (`AllowedHost`), then answered by the handler; kept open for the
/// next request while the client asks, closed after any refusal or a request with a body.
struct PreviewConnection: Sendable {
    let socket: AsyncSocket
    let handler: PreviewRequestHandler
    let limits: PreviewLimits
    let host: AllowedHost

    /// Serves requests until the client closes, a deadline passes, a request is refused or the task is cancelled.
    func serve() async {
        var buffered: [UInt8] = []
        defer { try? socket.close() }
        while !Task.isCancelled {
            let head: RequestHead
            do {
                guard let next = try await readHead(after: &buffered) else { return }
                head = next
            } catch let refusal as RequestHead.Refusal {
                await refuse(ResponseWriter.refusal(refusal.status, refusal.message))
                return
            } catch is DeadlinePassed {
                if !buffered.isEmpty { await refuse(ResponseWriter.refusal(.requestTimeout, "the request took too long to arrive")) }
                return
            } catch {
                return
            }
            let closing = !head.keepsAlive || head.hasBody
            guard host.allows(head.headers["host"]) else {
                await refuse(ResponseWriter.refusal(.misdirectedRequest, "the preview answers only requests to "
                    + "127.0.0.1:\(host.port) or localhost:\(host.port)"))
                return
            }
            let response = (try? await handler.handleRequest(head.request)) ?? ResponseWriter.refusal(.internalServerError, "the preview failed")
            guard await send(response, closing: closing), !closing else { return }
        }
    }

    /// The next request's head, reading more bytes as needed before the head deadline; nil if the
    /// client closed the connection between requests.
    private func readHead(after buffered: inout [UInt8]) async throws -> RequestHead? {
        let deadline = ContinuousClock.now + limits.headTimeout
        while true {
            if let (head, length) = try RequestHead.cut(from: buffered, limits: limits) {
                buffered.removeFirst(length)
                return head
            }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw DeadlinePassed() }
            let socket = self.socket
            let bytes: [UInt8]
            do {
                bytes = try await withDeadline(remaining) { try await socket.read(atMost: 4096) }
            } catch SocketError.disconnected {
                return nil
            }
            guard !bytes.isEmpty else { return nil }
            buffered += bytes
        }
    }

    /// Sends a refusal and ends the connection gently: the server stops sending, then reads and
    /// drops what the client is still sending (for at most a moment), so that closing does not reset
    /// the connection before the client has read the refusal.
    private func refuse(_ response: HTTPResponse) async {
        guard await send(response, closing: true) else { return }
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        let socket = self.socket
        _ = try? await withDeadline(.seconds(1)) {
            var dropped = 0
            while dropped < 1 << 20 { dropped += try await socket.read(atMost: 4096).count }
        }
    }

    /// Sends `response`; false if the client is gone or too slow to take it.
    @discardableResult
    private func send(_ response: HTTPResponse, closing: Bool) async -> Bool {
        guard let data = try? await ResponseWriter.bytes(of: response, closing: closing) else { return false }
        let socket = self.socket
        do {
            try await withDeadline(limits.writeTimeout) { try await socket.write(data) }
            return true
        } catch {
            return false
        }
    }
}
