import Foundation
import HubModel

/// A one-line progress display on a terminal, rewritten in place; nothing at all when standard
/// error is a file or a pipe (CI logs stay line-oriented: diagnostics, then one summary line).
struct ProgressLine: Sendable {
    /// A display when standard error is a terminal, else nil.
    static func forStandardError() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    func show(_ progress: BuildProgress.Snapshot) {
        var text = "\r\u{1B}[2Kparsed \(progress.documentsParsed)/\(progress.documentsTotal) documents"
        if progress.pagesTotal > 0 {
            text += ", wrote \(progress.pagesWritten)/\(progress.pagesTotal) pages"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
