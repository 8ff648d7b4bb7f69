/// How often another learning theme appears on the same documents as a given one.
public struct ThemeCooccurrence: Sendable, Hashable {
    public let themeID: String
    public let count: Int
}
