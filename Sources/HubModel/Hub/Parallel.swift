import Foundation

/// Runs independent work on every core.
public enum Parallel {
    /// `items.map(transform)`, computed concurrently, results in the original order.
    public static func map<Input, Output>(_ items: [Input], _ transform: (Input) -> Output) -> [Output] {
        if items.count < 2 { return items.map(transform) }
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = buffer
            // Each index is written by exactly one iteration, so no lock is needed.
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots[index] = transform(items[index])
            }
        }
        return results.map { $0! }
    }
}
