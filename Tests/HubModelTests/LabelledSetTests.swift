import Foundation
@testable import HubModel
import HubTestSupport
import Testing

/// The check against the labelled test set (`Tests/LabelledSet/`): recall of each kind of planted
/// identifier in every part of a document, every evasion, and no false alarm in the clean prose.
/// `scripts/anonymisation-recall` prints the same figures.
@Suite struct LabelledSetTests {
    struct Outcome {
        let set: LabelledSet
        let found: Set<LabelledSet.Label>
        let falseAlarms: [Diagnostic]

        func recall(of kind: String) -> (found: Int, planted: Int) {
            let planted = set.labels.filter { $0.kind == kind }
            return (planted.filter(found.contains).count, planted.count)
        }
    }

    static func run() throws -> Outcome {
        let set = try LabelledSet()
        var files = set.files
        let yaml = files.removeValue(forKey: "hub.yaml")
        let hub = try FixtureHub(hubYAML: yaml, files: files, binaryFiles: ["assets/park.png": [0x89, 0x50, 0x4E, 0x47]])
        let findings = hub.load().diagnostics.filter { $0.message.contains("could identify someone") }
        var found: Set<LabelledSet.Label> = []
        var matched: Set<Diagnostic> = []
        for label in set.labels {
            let words = LabelledSet.messageLabels[label.kind] ?? label.kind
            let match = findings.first {
                $0.location.path == hub.path(label.path) && $0.location.line == label.line && $0.location.column == label.column
                    && $0.message.contains(words)
            }
            if let match {
                found.insert(label)
                matched.insert(match)
            }
        }
        return Outcome(set: set, found: found, falseAlarms: findings.filter { !matched.contains($0) })
    }

    @Test func meetsTheTargets() throws {
        let outcome = try Self.run()
        let names = outcome.recall(of: "name")
        #expect(names.planted >= 40)
        #expect(Double(names.found) >= 0.9 * Double(names.planted), "names: \(names)")
        for kind in LabelledSet.messageLabels.keys where kind != "name" {
            let (found, planted) = outcome.recall(of: kind)
            #expect(planted > 0 && Double(found) >= 0.95 * Double(planted), "\(kind): \(found) of \(planted)")
        }
        let missedEvasions = outcome.set.labels.filter { $0.isEvasion && !outcome.found.contains($0) }
        #expect(missedEvasions.isEmpty, "\(missedEvasions)")
        #expect(outcome.falseAlarms.isEmpty, "\(outcome.falseAlarms.map(\.description))")
    }

    /// The figures, printed for `scripts/anonymisation-recall`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ANONYMISATION_RECALL"] != nil))
    func printRecall() throws {
        let outcome = try Self.run()
        print("labelled set: \(outcome.set.labels.count) planted identifiers, \(outcome.set.wordCount) words")
        for kind in LabelledSet.messageLabels.keys.sorted() {
            let (found, planted) = outcome.recall(of: kind)
            print("  recall \(kind): \(found) of \(planted) (\(String(format: "%.0f", 100 * Double(found) / Double(max(planted, 1))))%)")
        }
        let evasions = outcome.set.labels.filter(\.isEvasion)
        print("  evasions: \(evasions.filter(outcome.found.contains).count) of \(evasions.count)")
        for label in outcome.set.labels where !outcome.found.contains(label) {
            print("  missed: \(label.path):\(label.line):\(label.column) \(label.kind) \"\(label.text)\"")
        }
        print("  false alarms: \(outcome.falseAlarms.count)")
        for alarm in outcome.falseAlarms { print("  false alarm: \(alarm.location): \(alarm.message)") }
    }
}
