import FlyingFox
import FlyingSocks
import Foundation

/// Listens on 127.0.0.1 and serves each connection (`PreviewConnection`) in a task of its own, at
/// most `limits.connections` at once; `stop()` closes the listening socket and cancels every
/// connection, so that the server stops at once whatever its clients are doing.
actor PreviewListener {
    private let handler: PreviewRequestHandler
    private let limits: PreviewLimits
    private var tasks: [UUID: Task<Void, Never>] = [:]
    private var acceptor: Task<Void, Never>?
    private var poolTask: Task<Void, Never>?
    private var socket: Socket?

    init(handler: PreviewRequestHandler, limits: PreviewLimits) {
        self.handler = handler
        self.limits = limits
    }

    /// Binds 127.0.0.1:`port` (0 for any free port) and starts accepting; returns the port. Throws
    /// if the port cannot be used.
    func start(port: UInt16) async throws -> UInt16 {
        let socket = try Socket(domain: Int32(AF_INET))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
            try socket.listen()
        } catch {
            try? socket.close()
            throw error
        }
        guard case .ip4(_, let bound) = try socket.sockname() else { throw PreviewError("the server has no IPv4 address") }
        let pool = HTTPServer.defaultPool()
        try await pool.prepare()
        poolTask = Task { try? await pool.run() }
        let listening = try AsyncSocket(socket: socket, pool: pool)
        self.socket = socket
        acceptor = Task { await self.accept(on: listening, port: Int(bound)) }
        return bound
    }

    private func accept(on listening: AsyncSocket, port: Int) async {
        let host = AllowedHost(port: port)
        while !Task.isCancelled {
            guard let client = try? await listening.accept() else {
                if Task.isCancelled { return }
                // A transient failure (too many open files): wait a moment rather than spin.
                try? await Task.sleep(for: .milliseconds(50))
                continue
            }
            guard tasks.count < limits.connections else {
                try? client.close()
                continue
            }
            let id = UUID()
            let connection = PreviewConnection(socket: client, handler: handler, limits: limits, host: host)
            tasks[id] = Task {
                await connection.serve()
                self.finished(id)
            }
        }
    }

    private func finished(_ id: UUID) {
        tasks[id] = nil
    }

    /// The connections open now.
    var connectionCount: Int { tasks.count }

    /// Stops accepting, closes every connection and waits (at most a moment) for their tasks to end.
    func stop() async {
        acceptor?.cancel()
        acceptor = nil
        try? socket?.close()
        socket = nil
        let running = Array(tasks.values)
        for task in running { task.cancel() }
        let deadline = ContinuousClock.now + .milliseconds(500)
        while !tasks.isEmpty, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(10)) }
        poolTask?.cancel()
        poolTask = nil
    }
}
