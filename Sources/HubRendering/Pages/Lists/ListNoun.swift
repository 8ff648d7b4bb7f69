/// What a list holds, in words: "1 review", "2,013 reviews".
struct ListNoun: Sendable {
    let singular: String
    let plural: String

    static let documents = ListNoun(singular: "document", plural: "documents")
    static let reviews = ListNoun(singular: "review", plural: "reviews")
    static let recommendations = ListNoun(singular: "recommendation", plural: "recommendations")

    /// "1 review", "2,013 reviews".
    func count(_ count: Int) -> String {
        count == 1 ? "1 \(singular)" : "\(Self.grouped(count)) \(plural)"
    }

    /// `number` with its thousands grouped by commas, as the hub's language (British English) writes them: "2,013".
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
