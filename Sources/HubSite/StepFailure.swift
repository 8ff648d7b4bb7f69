import Foundation
import HubModel
import HubSupport

/// An error that stopped a step of writing the site, tagged with the step.
struct StepFailure: Error {
    let step: BuildStep
    let error: Error

    /// Runs `work`, tagging any error it throws with `step` (an error already tagged keeps its step).
    static func tagged<Value>(_ step: BuildStep, _ work: () throws -> Value) throws -> Value {
        do {
            return try work()
        } catch let failure as StepFailure {
            throw failure
        } catch {
            throw StepFailure(step: step, error: error)
        }
    }

    /// The error as a diagnostic; `output` is the output folder, where an error that names no file is located.
    func diagnostic(output: String) -> Diagnostic {
        log(output: output).diagnostics[0]
    }

    /// A log holding the error as its one diagnostic.
    func log(output: String) -> DiagnosticLog {
        var log = DiagnosticLog()
        log.step = step
        if let error = error as? OutputError {
            log.error(SourceLocation(path: error.path, line: 1, column: 1), error.message, hint: error.hint)
        } else {
            log.error(SourceLocation(path: output, line: 1, column: 1), "the site could not be written: \(error.localizedDescription)",
                      hint: "the previous output is unchanged; check the folder's permissions and free space")
        }
        return log
    }
}
