/// What a build may remember of every document's related learning from earlier builds: working it out
/// walks the theme lists of every document, yet most edits (a body, a title, a summary) leave every
/// list as it was.
public protocol RelatedLearningMemo: Sendable {
    /// The related learning of every document: remembered while `related.fingerprint` is the same, or
    /// worked out (`related.all()`).
    func lists(of related: RelatedLearning) -> [[Int]]
}
