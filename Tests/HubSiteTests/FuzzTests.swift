import HubSupport
import Foundation
import HubModel
import HubRendering
import HubSearch
import Testing
import HubTestSupport

/// Runs the whole parse-and-render path over randomly mutated documents of the sample hub,
/// for a bounded number of iterations (FUZZ_ITERATIONS, default 120; FUZZ_SEED to replay).
/// Each run must end in located diagnostics or in pages, never a crash, and no page may carry
/// script the generator did not put there.
@Suite struct FuzzTests {
    static let tokens: [String] = [
        "[", "](", "![", "](../reviews/none.md)", "](javascript:alert(1))", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "---\n", "\n## ", "\n# ", "| a | b |\n|---|---|\n| 1 | 2 |\n", "`", "```\n", "*", "_", "~~", "> ", "\n- ", "\n1. ",
        "[^1]", "\n[^1]: note\n", "\u{FEFF}", "é", "\u{1F469}\u{200D}\u{1F467}", "\r\n", "&#x0;", "&#106;avascript:", "{{", "}}",
        "\"", ": ", "\n  - ", "\t", "- [x] ", "https://example.org/a_b", "www.example.org", "\\", "<!-- ", " -->", "\u{2028}",
        "title: ", "themes: [", "]", "anonymised: false\n", "published: 2024-02-30\n", "slug: ../x\n", "review: nowhere\n",
    ]

    @Test func mutatedDocumentsNeverCrashOrInjectScript() throws {
        let iterations = Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 120
        var random = SeededGenerator(seed: UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 20261122)
        let root = URL(fileURLWithPath: try ScratchFolder.make("hub-fuzz")).appendingPathComponent("content")
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: Repository.sampleContent, to: root)
        let documents = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".md") }.sorted()
        var log = DiagnosticLog()
        let theme = try #require(SiteTheme.load(directory: Repository.defaultTheme.path, log: &log))
        var outcomes = (failed: 0, built: 0)

        for iteration in 0..<iterations {
            let target = documents[Int(random.next() % UInt64(documents.count))]
            let url = root.appendingPathComponent(target)
            let original = try Data(contentsOf: url)
            var bytes = [UInt8](original)
            for _ in 0..<(1 + Int(random.next() % 6)) { mutate(&bytes, with: &random) }
            try Data(bytes).write(to: url)
            defer { try? original.write(to: url) }

            let result = HubLoader(contentDirectory: root.path, options: LoadOptions(today: FixtureHub.today)).load()
            for diagnostic in result.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "iteration \(iteration): \(diagnostic)")
                #expect(diagnostic.location.path.hasPrefix(root.path), "iteration \(iteration): \(diagnostic)")
            }
            guard let hub = result.hub else {
                #expect(!result.errors.isEmpty, "iteration \(iteration): no hub and no error")
                outcomes.failed += 1
                continue
            }
            outcomes.built += 1
            let violations = Violations()
            try SiteRenderer(hub: hub, theme: theme).renderPages { path, data in
                let html = String(decoding: data, as: UTF8.self)
                let scripts = html.components(separatedBy: "<script").dropFirst()
                if scripts.contains(where: { !$0.hasPrefix(" src=\"") }) || html.contains("href=\"javascript:")
                    || html.contains("<img src=x") {
                    violations.record("iteration \(iteration): \(path)")
                }
            }
            try SearchIndexWriter(hub: hub).write(into: ClosureSink { _, _ in })
            #expect(violations.all.isEmpty, "\(violations.all)")
        }
        // The mutations must exercise both outcomes, or the test proves little.
        #expect(outcomes.failed > 0 && outcomes.built > 0, "\(outcomes)")
    }

    private func mutate(_ bytes: inout [UInt8], with random: inout SeededGenerator) {
        let position = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
        switch random.next() % 6 {
        case 0 where !bytes.isEmpty:
            bytes[position] = UInt8(truncatingIfNeeded: random.next())
        case 1, 2:
            let token = Self.tokens[Int(random.next() % UInt64(Self.tokens.count))]
            bytes.insert(contentsOf: Array(token.utf8), at: position)
        case 3 where !bytes.isEmpty:
            let length = min(bytes.count - position, Int(random.next() % 200))
            bytes.removeSubrange(position..<(position + length))
        case 4 where !bytes.isEmpty:
            let length = min(bytes.count - position, Int(random.next() % 300))
            bytes.insert(contentsOf: bytes[position..<(position + length)], at: position)
        default:
            bytes = Array(bytes.prefix(position))
        }
    }
}

/// Collects problems from the renderer's threads.
final class Violations: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func record(_ item: String) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
