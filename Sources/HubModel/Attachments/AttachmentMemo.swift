import HubSupport

/// What a build may remember of the PDFs it scanned, so that an incremental build does not scan an
/// unchanged PDF again. A scan is keyed by the file's bytes and the scan's settings (`key`).
public protocol AttachmentMemo: Sendable {
    /// The scan `key` stands for: remembered, or made by `scan`.
    func scan(key: Fingerprint, scan: () -> AttachmentScan) -> AttachmentScan

    /// Scanning is over; `keys` are every scan this build used: the memo may forget the others.
    func scanningFinished(keys: Set<Fingerprint>)
}

/// The memo of a build without a cache: every PDF is scanned.
public struct NoAttachmentMemo: AttachmentMemo {
    public init() {}

    public func scan(key: Fingerprint, scan: () -> AttachmentScan) -> AttachmentScan { scan() }

    public func scanningFinished(keys: Set<Fingerprint>) {}
}
