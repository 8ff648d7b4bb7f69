import Foundation
import HubModel

/// Prints diagnostics to standard error, compiler style, so editors and CI logs can jump to them.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            var text = diagnostic.description + "\n"
            // A problem writing the site names the step it stopped; a problem in the hub names its file and line.
            if let step = diagnostic.step, step.writesSite { text += "    step: \(step.rawValue)\n" }
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    /// "2 errors, 1 warning".
    static func tally(errors: Int, warnings: Int) -> String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
