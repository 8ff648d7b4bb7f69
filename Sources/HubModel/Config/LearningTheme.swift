/// A safeguarding learning theme from the hub's controlled vocabulary (neglect, information sharing, ...).
///
/// Not to be confused with a site theme (templates and CSS), which lives in `HubRendering`.
public struct LearningTheme: Sendable, Hashable {
    public let id: String
    public let title: String
    public let description: String

    public init(id: String, title: String, description: String) {
        self.id = id
        self.title = title
        self.description = description
    }
}
