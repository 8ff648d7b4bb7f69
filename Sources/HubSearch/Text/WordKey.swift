/// What one word stands for when the index matches phrases: its term, a stop word (by its position in
/// `StopWords.ordered`), or nothing (a word of apostrophes only).
enum WordKey: Equatable, Sendable {
    case term(String)
    case stop(Int)
    case none

    /// How the word is written in a phrase's term: its term, or the stop word itself.
    var text: String? {
        switch self {
        case .term(let term): return term
        case .stop(let position): return StopWords.ordered[position]
        case .none: return nil
        }
    }
}
