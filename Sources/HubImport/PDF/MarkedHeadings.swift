import Foundation

/// The headings a PDF's tags mark, handed from the thread that reads them to the one that uses them.
final class MarkedHeadings: @unchecked Sendable {
    private let lock = NSLock()
    private var headings: [(level: Int, text: String)] = []

    func set(_ headings: [(level: Int, text: String)]) {
        lock.withLock { self.headings = headings }
    }

    var value: [(level: Int, text: String)] { lock.withLock { headings } }
}
