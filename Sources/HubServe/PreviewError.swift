/// Why the preview server could not start.
public struct PreviewError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
