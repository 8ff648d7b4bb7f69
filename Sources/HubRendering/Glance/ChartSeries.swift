/// One series of a bar chart (e.g. "Reviews"), with its colour and texture.
public struct ChartSeries: Sendable {
    public let label: String
    public let colour: String
    public let pattern: ChartPattern

    public init(label: String, colour: String, pattern: ChartPattern) {
        self.label = label
        self.colour = colour
        self.pattern = pattern
    }
}
