/// Why an asset cannot be published as it is: damaged, not what its name says, or holding what
/// cannot be removed safely. `line` and `column` are set where the problem is in a text file (an SVG).
public struct AssetProblem: Error, Sendable, Equatable {
    public let message: String
    public let hint: String
    public var line = 1
    public var column = 1

    public init(_ message: String, hint: String, line: Int = 1, column: Int = 1) {
        self.message = message
        self.hint = hint
        self.line = line
        self.column = column
    }

    /// An image that ends early or whose structure is broken at byte `offset`.
    static func damaged(_ type: AssetType, at offset: Int) -> AssetProblem {
        AssetProblem("\(type.name) whose structure is broken at byte \(offset), so its metadata cannot be removed safely",
                     hint: "open it in an image editor and save it again, or export it again from the camera or scanner")
    }
}
