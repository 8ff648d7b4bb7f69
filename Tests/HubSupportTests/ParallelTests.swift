import Foundation
import HubSupport
import Testing
import HubTestSupport

/// Both ways of running work at once give exactly what a plain `map` gives, in order.
@Suite struct ParallelTests {
    @Test func mapKeepsTheOrder() {
        let items = Array(0..<10_000)
        #expect(Parallel.map(items) { $0 * 3 + 1 } == items.map { $0 * 3 + 1 })
    }

    @Test func mapReadingFilesKeepsTheOrderAndRunsEachItemOnce() throws {
        // Items that wait (as a read from a cold disk does) finish out of order; results must not.
        let items = Array(0..<500)
        let counter = Counter()
        let results = Parallel.mapReadingFiles(items) { item -> String in
            counter.add()
            if item % 7 == 0 { usleep(UInt32(200 + item % 5 * 100)) }
            return "item \(item)"
        }
        #expect(results == items.map { "item \($0)" })
        #expect(counter.value == items.count)
        #expect(Parallel.mapReadingFiles([] as [Int]) { $0 }.isEmpty)
        #expect(Parallel.mapReadingFiles([41]) { $0 + 1 } == [42])
    }

    @Test func mapReadingFilesReadsRealFiles() throws {
        let folder = URL(fileURLWithPath: try ScratchFolder.make("parallel"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try (0..<200).map { number -> String in
            let url = folder.appendingPathComponent("\(number).md")
            try Data(String(repeating: "line \(number)\n", count: number + 1).utf8).write(to: url)
            return url.path
        }
        let sizes = Parallel.mapReadingFiles(paths) { PlainFile.read($0)?.count ?? -1 }
        #expect(sizes == paths.map { (try? Data(contentsOf: URL(fileURLWithPath: $0)).count) ?? -2 })
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }
}
