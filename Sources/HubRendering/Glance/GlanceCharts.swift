import HubModel

/// The four charts of "Learning at a glance", each as a view with its SVG, text alternative and table.
enum GlanceCharts {
    static func documentsByYear(_ statistics: GlanceStatistics) -> ChartView {
        let kinds = GlanceStatistics.kinds
        let years = statistics.years
        return stacked(
            id: "documents-by-year", heading: "Documents published each year",
            intro: "Reviews, learning briefs and seven-minute briefings by the year they were published, stacked by type.",
            summary: "Stacked bar chart of documents published each year, by type.",
            caption: "Documents published each year, by type", rowHeader: "Year", totalsHeader: "All years",
            orientation: .vertical, categories: years.map(String.init), seriesLabels: kinds.map(\.pluralName),
            series: kinds.enumerated().map { offset, kind in
                ChartSeries(label: kind.pluralName, colour: ChartPalette.colour(for: kind), pattern: .forSeries(offset))
            },
            values: years.map { year in kinds.map { statistics.documents(in: year, kind: $0) } })
    }

    static func themeFrequency(_ statistics: GlanceStatistics) -> ChartView {
        let id = "theme-frequency", heading = "How often each learning theme appears"
        let themes = statistics.themesByFrequency
        let hasData = themes.contains { $0.count > 0 }
        let description = "Bar chart of the number of documents on each learning theme, most frequent first. "
            + themes.map { "\($0.theme.title): \($0.count)." }.joined(separator: " ")
        let table = ChartTableView(
            caption: "Documents on each learning theme", rowHeader: "Learning theme", columns: ["Documents"],
            rows: themes.map { ChartTableRowView(header: $0.theme.title, cells: [String($0.count)]) }, footer: nil)
        return ChartView(
            id: id, headingID: id + "-heading", heading: heading,
            intro: "The number of documents on each theme, most frequent first. A document can have several themes, so these add up to more than the number of documents.",
            svg: hasData ? StackedBarChart(id: id + "-chart", labelledBy: id + "-heading", title: heading, description: description,
                                           orientation: .horizontal, categories: themes.map(\.theme.title),
                                           series: [ChartSeries(label: "Documents", colour: ChartPalette.single, pattern: .solid)],
                                           values: themes.map { [$0.count] }).svg : "",
            hasData: hasData, table: table)
    }

    static func themesOverTime(_ statistics: GlanceStatistics) -> ChartView {
        let id = "themes-over-time", heading = "Learning themes over time"
        let years = statistics.years
        let themes = statistics.themeCounts.map(\.theme)
        let values = themes.map { theme in years.map { statistics.documents(theme: theme.id, in: $0) } }
        var busiest: (theme: String, year: Int, count: Int)?
        for (theme, row) in zip(themes, values) {
            for (year, count) in zip(years, row) where count > (busiest?.count ?? 0) { busiest = (theme.title, year, count) }
        }
        var description = "Grid of the number of documents on each learning theme (rows) in each year (columns)"
        if let first = years.first, let last = years.last { description += ", \(first) to \(last)" }
        description += ". Darker cells hold more documents, and every cell shows its number."
        if let busiest { description += " The most in one year: \(busiest.theme) in \(busiest.year), with \(Self.countLabel(busiest.count))." }
        description += " The same figures are in the table below."
        let table = ChartTableView(
            caption: "Documents on each learning theme, by year", rowHeader: "Learning theme",
            columns: years.map(String.init) + ["Total"],
            rows: zip(themes, values).map { theme, row in
                ChartTableRowView(header: theme.title, cells: (row + [row.reduce(0, +)]).map(String.init))
            }, footer: nil)
        return ChartView(
            id: id, headingID: id + "-heading", heading: heading,
            intro: "How many documents on each theme were published each year: each row is a theme, each column a year.",
            svg: years.isEmpty ? "" : HeatMapChart(id: id + "-chart", labelledBy: id + "-heading", title: heading,
                                                   description: description, rows: themes.map(\.title),
                                                   columns: years.map(String.init), values: values).svg,
            hasData: !years.isEmpty, table: table)
    }

    static func recommendations(_ statistics: GlanceStatistics) -> ChartView {
        let categories = statistics.usedCategories
        let statuses = RecommendationStatus.allCases
        return stacked(
            id: "recommendations-by-category", heading: "Recommendations by category and status",
            intro: "The categories national overview reports use, with how far each recommendation has got.",
            summary: "Stacked bar chart of the recommendations of the reviews in each category, by status.",
            caption: "Recommendations by category and status", rowHeader: "Category", totalsHeader: "All categories",
            orientation: .horizontal, categories: categories.map(\.displayName), seriesLabels: statuses.map(\.displayName),
            series: statuses.enumerated().map { offset, status in
                ChartSeries(label: status.displayName, colour: ChartPalette.colour(for: status), pattern: .forSeries(offset))
            },
            values: categories.map { category in statuses.map { statistics.recommendations(category, $0) } })
    }

    /// A stacked bar chart whose table has a total column and a totals row: `values[c][s]` is series `s` in category `c`.
    static func stacked(id: String, heading: String, intro: String, summary: String, caption: String,
                                rowHeader: String, totalsHeader: String, orientation: StackedBarChart.Orientation,
                                categories: [String], seriesLabels: [String], series: [ChartSeries],
                                values: [[Int]]) -> ChartView {
        let description = summary + " "
            + zip(categories, values).map { category, counts in
                "\(category): \(counts.reduce(0, +)) in all (" + zip(seriesLabels, counts).map { "\($0.lowercased()) \($1)" }.joined(separator: ", ") + ")."
            }.joined(separator: " ")
            + legendNote(series)
        let table = ChartTableView(
            caption: caption, rowHeader: rowHeader, columns: seriesLabels + ["Total"],
            rows: zip(categories, values).map { category, counts in
                ChartTableRowView(header: category, cells: (counts + [counts.reduce(0, +)]).map(String.init))
            },
            footer: categories.isEmpty ? nil : totals(totalsHeader, values))
        return ChartView(
            id: id, headingID: id + "-heading", heading: heading, intro: intro,
            svg: categories.isEmpty ? "" : StackedBarChart(id: id + "-chart", labelledBy: id + "-heading", title: heading,
                                                            description: description, orientation: orientation,
                                                            categories: categories, series: series, values: values).svg,
            hasData: !categories.isEmpty, table: table)
    }

    /// How the series are told apart, for the text alternative.
    private static func legendNote(_ series: [ChartSeries]) -> String {
        " Segments: " + series.map { "\($0.label.lowercased()) \($0.pattern.name)" }.joined(separator: ", ") + ". The same figures are in the table below."
    }

    static func totals(_ header: String, _ values: [[Int]]) -> ChartTableRowView {
        let columns = values.first?.count ?? 0
        let sums = (0..<columns).map { column in values.reduce(0) { $0 + $1[column] } }
        return ChartTableRowView(header: header, cells: (sums + [sums.reduce(0, +)]).map(String.init))
    }

    static func countLabel(_ count: Int) -> String { count == 1 ? "1 document" : "\(count) documents" }
}
