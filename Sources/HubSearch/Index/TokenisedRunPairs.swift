import Foundation

/// A tokenised run's (term, frequency) pairs: nine tenths of its bytes, and needed only to weigh the
/// run or to lend its documents to a changed run. A run tokenised in this build holds them; a run
/// read back from the store reads them from their own file the first time they are asked for, so
/// that an incremental build reads only the pairs of the runs that changed.
public final class TokenisedRunPairs: @unchecked Sendable {
    /// Run term numbers and their frequencies, side by side.
    public struct Pairs: Sendable, Equatable {
        public let terms: [Int32]
        public let counts: [Int32]

        public init(terms: [Int32], counts: [Int32]) {
            self.terms = terms
            self.counts = counts
        }
    }

    private enum State {
        case known(Pairs?)
        case unread(@Sendable () -> Pairs?)
    }

    // Read and written only under `lock`.
    private let lock = NSLock()
    private var state: State

    public init(_ pairs: Pairs) {
        state = .known(pairs)
    }

    /// Pairs that `read` gives (nil if they cannot be read), read once, the first time they are asked for.
    public init(reading read: @escaping @Sendable () -> Pairs?) {
        state = .unread(read)
    }

    /// The pairs, or nil if they were to be read and could not be.
    public var value: Pairs? {
        lock.withLock {
            switch state {
            case .known(let pairs):
                return pairs
            case .unread(let read):
                let pairs = read()
                state = .known(pairs)
                return pairs
            }
        }
    }
}
