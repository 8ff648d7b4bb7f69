/// The related-learning memo of a build without a cache: the lists are worked out every time.
public struct NoRelatedLearningMemo: RelatedLearningMemo {
    public init() {}

    public func lists(of related: RelatedLearning) -> [[Int]] {
        related.all()
    }
}
