import Foundation
import HubSupport

/// Updating the output folder in place: the changed files renamed in and the files the site no
/// longer has removed, with a link kept to every file replaced or removed so that a failure can put
/// everything back.
extension ReusingOutput {
    /// Renames the staged files into place and removes the files the site no longer has, keeping
    /// a link to every file it replaces or removes so that a failure can undo all of it.
    func applyInPlace() throws {
        // Folders changed since the last build (by hand: this build has not touched them yet), as
        // found when the previous output was checked.
        let touched = previousFolders.filter { $0.value.then != $0.value.now }.map(\.key)
        let backups = (staging as NSString).appendingPathComponent("replaced")
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: false)
        var undo: [(path: String, backup: String?)] = []
        let gone = previous.keys.filter { recorded[$0] == nil }
        do {
            for (relativePath, stagedPath) in pending.sorted(by: { $0.key < $1.key }) {
                let target = (destination as NSString).appendingPathComponent(relativePath)
                try folders.ensure(parentOf: target)
                let backup = try self.backup(target, into: backups, number: undo.count)
                undo.append((target, backup))
                guard rename(stagedPath, target) == 0 else { throw Self.systemError("rename", target) }
            }
            for relativePath in gone {
                let target = (destination as NSString).appendingPathComponent(relativePath)
                guard let backup = try backup(target, into: backups, number: undo.count) else { continue }
                undo.append((target, backup))
                guard unlink(target) == 0 else { throw Self.systemError("remove", target) }
            }
        } catch {
            for step in undo.reversed() {
                if let backup = step.backup { _ = rename(backup, step.path) } else { _ = unlink(step.path) }
            }
            throw error
        }
        removeEmptyFolders(of: gone)
        removeStrays(in: touched)
        discard()
        // A folder's time moves when a file in it is renamed in or removed, or a folder made in it.
        let changed = Self.folders(of: Array(pending.keys) + gone).union(touched)
        for (folder, times) in previousFolders where !changed.contains(folder) {
            unchangedFolderTimes[folder] = times.now
        }
    }

    func folderPath(_ folder: String) -> String {
        folder.isEmpty ? destination : destination + "/" + folder
    }

    /// Removes from `folders` whatever the site does not have, so the output is what a build
    /// from scratch would write. Only folders whose time moved since the last build are read.
    private func removeStrays(in folders: [String]) {
        guard !folders.isEmpty else { return }
        let siteFolders = Self.folders(of: recorded.keys)
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folderPath(folder))) ?? [] {
                let path = folder.isEmpty ? name : folder + "/" + name
                if recorded[path] != nil || siteFolders.contains(path) || path == OutputFolder.markerName { continue }
                try? FileManager.default.removeItem(atPath: destination + "/" + path)
            }
        }
    }

    /// Links the file at `path`, if there is one, into `folder`; returns the link's path.
    private func backup(_ path: String, into folder: String, number: Int) throws -> String? {
        guard FileIdentity(path: path) != nil else { return nil }
        let backup = (folder as NSString).appendingPathComponent(String(number))
        guard link(path, backup) == 0 else { throw Self.systemError("keep a copy of", path) }
        return backup
    }

    /// Removes the folders left empty by removed files (a removed document's page folder).
    private func removeEmptyFolders(of removed: [String]) {
        // Deepest first; rmdir fails harmlessly on a folder that still has files (the output folder always has one).
        for folder in Self.folders(of: removed).sorted(by: { $0.count > $1.count }) where !folder.isEmpty {
            _ = rmdir(folderPath(folder))
        }
    }

    private static func systemError(_ action: String, _ path: String) -> OutputError {
        OutputError(path: path, message: "could not \(action) the file: \(String(cString: strerror(errno)))",
                    hint: "the previous output has been put back; check the folder's permissions and free space")
    }
}
