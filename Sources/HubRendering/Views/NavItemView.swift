/// An entry of the primary navigation; `current` marks the section the page is in.
public struct NavItemView: Encodable, Sendable {
    public let href: String
    public let label: String
    public let current: Bool
}
