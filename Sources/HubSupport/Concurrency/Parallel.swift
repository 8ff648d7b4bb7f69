import Foundation

/// Runs independent work on every core.
public enum Parallel {
    /// `items.map(transform)`, computed concurrently, results in the original order.
    public static func map<Input, Output>(_ items: [Input], _ transform: (Input) -> Output) -> [Output] {
        if items.count < 2 { return items.map(transform) }
        // Each result is made in its own slot of the result array: no optionals to unwrap and copy afterwards.
        return [Output](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let slots = buffer
            // Each index is written by exactly one iteration, so no lock is needed.
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                (slots.baseAddress! + index).initialize(to: transform(items[index]))
            }
            initialized = items.count
        }
    }

    /// `items.map(transform)` on more threads than there are cores, for work that waits on the disk:
    /// while one thread waits for a file to be read, the others keep the cores busy. (`map` keeps one
    /// thread a core, so a core idles while its thread waits.)
    public static func mapReadingFiles<Input, Output>(_ items: [Input], _ transform: @escaping (Input) -> Output) -> [Output] {
        let threads = min(items.count, ProcessInfo.processInfo.activeProcessorCount * threadsPerCore)
        if threads < 2 { return items.map(transform) }
        return [Output](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let slots = buffer
            let next = NextIndex()
            // Each thread takes the next index until none is left; each slot is written by one thread.
            let work = {
                while let index = next.take(below: items.count) {
                    (slots.baseAddress! + index).initialize(to: transform(items[index]))
                }
            }
            let finished = DispatchGroup()
            for _ in 1..<threads {
                finished.enter()
                Thread {
                    work()
                    finished.leave()
                }.start()
            }
            work()
            finished.wait()
            initialized = items.count
        }
    }

    /// Threads a core for `mapReadingFiles`: enough to keep reading while files come from a cold disk.
    public static let threadsPerCore = 4

    /// The next index to work on, handed to one thread at a time.
    private final class NextIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0

        func take(below count: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }
}
