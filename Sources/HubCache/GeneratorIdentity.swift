import HubSupport
import Foundation
import HubModel

/// Stands for the generator binary that is running, so that a new build of the generator never
/// reuses output or cached work from an older one.
enum GeneratorIdentity {
    /// Bump when the cache's meaning changes without the binary changing.
    static let cacheFormat = "learning-hub cache 2"

    static let fingerprint: Fingerprint = {
        var hasher = StableHasher()
        hasher.combine(cacheFormat)
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        hasher.combine(executable)
        if let identity = FileIdentity(path: executable) {
            hasher.combine(Int(identity.size))
            hasher.combine(Int(identity.modified))
            hasher.combine(UInt64(identity.inode))
        }
        return hasher.finalize()
    }()
}
