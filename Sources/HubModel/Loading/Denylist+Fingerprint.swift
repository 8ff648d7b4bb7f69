import HubAnonymisation
import HubSupport

extension Denylist {
    /// Stands for every name of the list: a document's findings stay the same while it does.
    var fingerprint: Fingerprint {
        var hasher = StableHasher()
        hasher.combine(names.count)
        for name in names { hasher.combine(name) }
        return hasher.finalize()
    }
}
