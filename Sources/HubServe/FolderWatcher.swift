import Foundation

/// Watches folders by scanning them every `interval` (modification times, sizes and inodes):
/// portable, and quick for a hub of a few hundred files. A burst of changes (an editor saving
/// several files, a `git checkout`) is reported once, after the folders have been still for a moment.
actor FolderWatcher {
    let folders: [String]
    let interval: Duration
    private var task: Task<Void, Never>?

    init(folders: [String], interval: Duration) {
        self.folders = folders
        self.interval = interval
    }

    /// Takes the first snapshot now, then scans in the background and awaits `onChange` after
    /// each change; changes made while `onChange` runs are reported when it returns.
    func start(onChange: @escaping @Sendable () async -> Void) {
        task?.cancel()
        let folders = self.folders
        let interval = self.interval
        let first = FolderSnapshot.take(of: folders)
        task = Task.detached(priority: .utility) {
            var last = first
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { return }
                var current = FolderSnapshot.take(of: folders)
                guard current != last else { continue }
                // Let the burst settle: wait until a scan sees nothing new (at most a few scans).
                for _ in 0..<5 {
                    do { try await Task.sleep(for: .milliseconds(100)) } catch { return }
                    let next = FolderSnapshot.take(of: folders)
                    if next == current { break }
                    current = next
                }
                last = current
                await onChange()
            }
        }
    }

    /// Stops scanning.
    func stop() {
        task?.cancel()
        task = nil
    }
}
