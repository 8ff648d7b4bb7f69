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
}
