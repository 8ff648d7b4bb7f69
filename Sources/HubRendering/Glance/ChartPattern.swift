/// The texture of a chart series, so that series differ by more than colour.
public enum ChartPattern: Int, Sendable, CaseIterable {
    case solid, stripes, dots, crosshatch

    /// The pattern for the series at `index`.
    public static func forSeries(_ index: Int) -> ChartPattern { allCases[index % allCases.count] }

    /// A word for the legend's text alternative, e.g. "striped".
    public var name: String {
        switch self {
        case .solid: return "solid"
        case .stripes: return "striped"
        case .dots: return "dotted"
        case .crosshatch: return "cross-hatched"
        }
    }

    /// An SVG `<pattern>` with id `id` over `colour`; nil for a solid fill.
    func definition(id: String, colour: String) -> String? {
        let open = "<pattern id=\"\(id)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
        let base = "<rect class=\"chart-pattern-base\" width=\"8\" height=\"8\" fill=\"\(colour)\"/>"
        switch self {
        case .solid:
            return nil
        case .stripes:
            return open + " patternTransform=\"rotate(45)\">" + base
                + "<rect class=\"chart-pattern-ink\" width=\"3\" height=\"8\" fill=\"#ffffff\" fill-opacity=\"0.5\"/></pattern>"
        case .dots:
            return open + ">" + base + "<circle class=\"chart-pattern-ink\" cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#ffffff\" fill-opacity=\"0.6\"/></pattern>"
        case .crosshatch:
            return open + ">" + base + "<path class=\"chart-pattern-ink\" d=\"M0 4H8M4 0V8\" fill=\"none\" stroke=\"#ffffff\" stroke-opacity=\"0.5\" stroke-width=\"1.5\"/></pattern>"
        }
    }
}
