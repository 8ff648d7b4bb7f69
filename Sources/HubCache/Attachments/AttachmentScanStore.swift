import HubModel
import HubSupport

/// The PDFs scanned by earlier builds, each kept under its key (the file's bytes and the scan's
/// settings): an incremental build scans only a PDF that changed. The store keeps the scans of the
/// last build only.
public struct AttachmentScanStore: AttachmentMemo {
    let store: KeyedFileStore
    let environment: Fingerprint

    /// The store in `directory`; `environment` stands for the generator that made what it keeps.
    public init(directory: String, environment: Fingerprint) {
        store = KeyedFileStore(directory: directory, magic: "LHPDF1\n")
        self.environment = environment
    }

    public func scan(key: Fingerprint, scan: () -> AttachmentScan) -> AttachmentScan {
        let stored = Fingerprint.of("attachment", key.description, environment.description)
        if let kept = store.read(stored, AttachmentScan.init(from:)) { return kept }
        let made = scan()
        store.write(stored) { made.write(to: &$0) }
        return made
    }

    public func scanningFinished(keys: Set<Fingerprint>) {
        store.prune(keeping: Set(keys.map { Fingerprint.of("attachment", $0.description, environment.description) }))
    }
}
