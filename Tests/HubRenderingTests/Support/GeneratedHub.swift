import Foundation
import HubModel
import HubTestSupport

/// A larger hub with random (but repeatable) kinds, dates, themes, states and recommendations, and reviews of
/// every subject and outcome from two committees.
enum GeneratedHub {
    /// Reviews take these in turn (by number, so that the random draws are those of the hub before reviews varied).
    static let reviewFields: [[String]] = [
        ["review_type: learning-review", "subject: child", "age_band: 3-4", "outcome: serious-harm"],
        ["review_type: sar", "age_band: 65-and-over", "outcome: death"],
        ["review_type: sir", "age_band: 26-64", "outcome: harm-to-others", "incident: serious-violence"],
        ["review_type: dhr", "age_band: 18-25", "outcome: death"],
        ["review_type: cspr", "subject: young-person", "age_band: 11-17"],
        ["review_type: thematic", "subject: family", "outcome: serious-harm"],
        ["review_type: scr", "subject: child", "age_band: under-1", "outcome: death"],
        ["review_type: national-overview", "subject: child", "outcome: death-or-serious-harm"],
    ]

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
                                              recommendations: recommendations.joined(separator: "\n"),
                                              review: reviewFields[number % reviewFields.count],
                                              committee: number % 3 == 0 ? "other-cpc" : "test-cpc"))
        }
        return TestHub.hub(documents)
    }
}
