import Foundation

/// Counts a build's progress from any thread, and hands a snapshot to `report` at most every
/// `interval` seconds, so that a terminal can show it without slowing the build.
public final class BuildProgress: @unchecked Sendable {
    /// What has been done so far.
    public struct Snapshot: Sendable, Equatable {
        public var documentsParsed = 0
        public var documentsTotal = 0
        public var pagesWritten = 0
        public var pagesTotal = 0
    }

    private let lock = NSLock()
    private var snapshot = Snapshot()
    private var lastReport = Date.distantPast
    private let interval: TimeInterval
    private let report: @Sendable (Snapshot) -> Void

    public init(interval: TimeInterval = 0.1, report: @escaping @Sendable (Snapshot) -> Void) {
        self.interval = interval
        self.report = report
    }

    public func documentsFound(_ count: Int) { update { $0.documentsTotal = count } }
    public func documentParsed() { update { $0.documentsParsed += 1 } }
    public func pagesPlanned(_ count: Int) { update { $0.pagesTotal = count } }
    public func pageWritten() { update { $0.pagesWritten += 1 } }

    /// The counts now.
    public var current: Snapshot {
        lock.lock()
        defer { lock.unlock() }
        return snapshot
    }

    private func update(_ change: (inout Snapshot) -> Void) {
        lock.lock()
        change(&snapshot)
        let now = Date()
        let due = now.timeIntervalSince(lastReport) >= interval
        if due { lastReport = now }
        let copy = snapshot
        lock.unlock()
        if due { report(copy) }
    }
}
