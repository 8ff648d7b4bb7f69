import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import HubModel
import Testing
@testable import HubRendering

/// The SVG charts: well-formed, named and described, no style attributes, colours with contrast.
@Suite struct ChartTests {
    let bars = StackedBarChart(
        id: "c", labelledBy: "c-heading", title: "Things & <stuff>", description: "A chart of things.", orientation: .vertical,
        categories: ["2023", "2024"],
        series: [ChartSeries(label: "A", colour: "#0e4d50", pattern: .solid), ChartSeries(label: "B", colour: "#8a4b08", pattern: .stripes)],
        values: [[3, 1], [0, 7]])

    @Test func svgIsWellFormedNamedAndDescribed() throws {
        for svg in [bars.svg,
                    StackedBarChart(id: "h", labelledBy: "h-heading", title: "H", description: "D", orientation: .horizontal,
                                    categories: ["A very long label that goes on and on past the column", "B"],
                                    series: [ChartSeries(label: "S", colour: "#0e4d50", pattern: .solid)], values: [[2], [5]]).svg,
                    HeatMapChart(id: "m", labelledBy: "m-heading", title: "M", description: "D", rows: ["x", "y"], columns: ["2023"],
                                 values: [[0], [4]]).svg] {
            let root = try #require(try XMLDocument(xmlString: svg, options: []).rootElement())
            #expect(root.name == "svg")
            #expect(root.value(of: "role") == "img")
            #expect(root.value(of: "aria-labelledby")?.hasSuffix("-heading") == true)
            let described = try #require(root.value(of: "aria-describedby"))
            #expect(root.elements(forName: "desc").first?.value(of: "id") == described)
            #expect(root.elements(forName: "title").count == 1)
            #expect(!svg.contains("style="), "the CSP blocks style attributes")
        }
        #expect(bars.svg.contains("<title>Things &amp; &lt;stuff&gt;</title>"))
        #expect(bars.svg.contains("url(#c-p1)") && bars.svg.contains("<pattern id=\"c-p1\""), "series differ by texture too")
    }

    @Test func barsShowTheirValuesAndTotals() {
        let svg = bars.svg
        for total in [">4</text>", ">7</text>"] { #expect(svg.contains(total)) }
        #expect(svg.contains(">2023</text>") && svg.contains(">2024</text>"))
    }

    @Test func everyColourHasContrastAgainstTheWhitePage() {
        let colours = [DocumentKind.review, .brief, .briefing].map(ChartPalette.colour(for:))
            + RecommendationStatus.allCases.map(ChartPalette.colour(for:)) + [ChartPalette.single, ChartPalette.ink, ChartPalette.muted]
            + ([nil] + ReviewOutcome.allCases).map { ChartPalette.colour(for: $0) } + ReviewSubject.allCases.map(ChartPalette.colour(for:))
        for colour in colours {
            // 4.5:1 so that white numbers on the bars are legible too (3:1 would do for the bars alone).
            #expect(ChartPalette.contrast(colour, ChartPalette.background) >= 4.5, "\(colour)")
        }
        for shade in ChartPalette.heat {
            #expect(ChartPalette.contrast(shade.fill, shade.text) >= 4.5, "\(shade)")
        }
        #expect(abs(ChartPalette.contrast("#000000", "#ffffff") - 21) < 0.01)
    }

    @Test func scalesAreRoundAndHeatLevelsAreOrdered() {
        #expect(StackedBarChart.niceScale(0) == (1, 1))
        #expect(StackedBarChart.niceScale(3) == (3, 1))
        #expect(StackedBarChart.niceScale(7) == (8, 2))
        #expect(StackedBarChart.niceScale(23) == (30, 10))
        #expect(HeatMapChart.level(0, maximum: 9) == 0)
        #expect(HeatMapChart.level(1, maximum: 9) == 1)
        #expect(HeatMapChart.level(9, maximum: 9) == 4)
    }
}
