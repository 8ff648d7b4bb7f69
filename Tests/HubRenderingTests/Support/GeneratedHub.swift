import Foundation
import HubModel
import HubTestSupport

/// A larger hub with random (but repeatable) kinds, dates, themes, states and recommendations.
enum GeneratedHub {
    static func make(count: Int, seed: UInt64 = 7) -> Hub {
        var random = SeededGenerator(seed: seed)
        let kinds: [DocumentKind] = [.review, .brief, .briefing]
        let categories = ["training", "policy", "audit", "culture", "it"]
        let statuses = ["not-started", "in-progress", "complete"]
        var documents: [Document] = []
        for number in 0..<count {
            let kind = kinds.randomElement(using: &random)!
            let year = Int.random(in: 2019...2024, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            let themeCount = Int.random(in: 1...3, using: &random)
            let themes = Array(TestHub.themeIDs.shuffled(using: &random).prefix(themeCount))
            var extra: [String] = []
            switch Int.random(in: 0..<10, using: &random) {
            case 0: extra.append("draft: true")
            case 1: extra.append("retain_until: 2025-01-01")
            default: break
            }
            var recommendations: [String] = []
            if kind == .review {
                for item in 0..<Int.random(in: 0...3, using: &random) {
                    let due = Bool.random(using: &random) ? "20\(Int.random(in: 23...26, using: &random))-0\(Int.random(in: 1...9, using: &random))-15" : nil
                    recommendations.append(TestHub.recommendation("R\(item + 1)", category: categories.randomElement(using: &random)!,
                                                                  status: statuses.randomElement(using: &random)!, due: due))
                }
            }
            documents.append(TestHub.document(kind, slug: "doc-\(number)", published: String(format: "%04d-%02d-10", year, month),
                                              themes: themes, extra: extra.joined(separator: "\n"),
                                              recommendations: recommendations.joined(separator: "\n")))
        }
        return TestHub.hub(documents)
    }
}
