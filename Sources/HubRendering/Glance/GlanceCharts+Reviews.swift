import HubModel

/// The charts of reviews on "Learning at a glance": by subject and outcome, by age band and subject, and
/// by committee and year, the tables national overview reports print.
extension GlanceCharts {
    static func reviewsBySubjectAndOutcome(_ statistics: ReviewStatistics) -> ChartView {
        let subjects = statistics.subjects
        let outcomes = statistics.outcomes
        let labels = outcomes.map(outcomeLabel)
        return stacked(
            id: "reviews-by-subject", heading: "Reviews by subject and outcome",
            intro: "Who each review is about, and what happened: the death of the person, serious harm to them, or serious harm they caused to others.",
            summary: "Stacked bar chart of the reviews about each subject, by outcome.",
            caption: "Reviews by subject and outcome", rowHeader: "Subject", totalsHeader: "All subjects",
            orientation: .horizontal, categories: subjects.map(\.displayName), seriesLabels: labels,
            series: outcomes.enumerated().map { offset, outcome in
                ChartSeries(label: labels[offset], colour: ChartPalette.colour(for: outcome), pattern: .forSeries(offset))
            },
            values: subjects.map { subject in outcomes.map { statistics.reviews(subject, $0) } })
    }

    static func reviewsByAgeBand(_ statistics: ReviewStatistics) -> ChartView {
        let subjects = statistics.subjects
        let bands = statistics.ageBands
        return stacked(
            id: "reviews-by-age", heading: "Reviews by age and subject",
            intro: "The age band of the person each review is about, from infancy into adulthood, grouped by subject.",
            summary: "Stacked bar chart of the reviews in each age band, by subject.",
            caption: "Reviews by age band and subject", rowHeader: "Age band", totalsHeader: "All ages",
            orientation: .horizontal, categories: bands.map { $0?.displayName ?? "Not recorded" },
            seriesLabels: subjects.map(\.displayName),
            series: subjects.enumerated().map { offset, subject in
                ChartSeries(label: subject.displayName, colour: ChartPalette.colour(for: subject), pattern: .forSeries(offset))
            },
            values: bands.map { band in subjects.map { statistics.reviews($0, ageBand: band) } })
    }

    static func reviewsByCommitteeAndYear(_ statistics: ReviewStatistics, committees: [Committee]) -> ChartView {
        let id = "reviews-by-committee", heading = "Reviews by committee and year"
        let years = statistics.years
        let values = committees.map { committee in years.map { statistics.reviews(committee: committee.id, in: $0) } }
        var description = "Grid of the number of reviews each committee (rows) published in each year (columns)"
        if let first = years.first, let last = years.last { description += ", \(first) to \(last)" }
        description += ". Darker cells hold more reviews, and every cell shows its number. The same figures are in the table below."
        let table = ChartTableView(
            caption: "Reviews by committee and year", rowHeader: "Committee", columns: years.map(String.init) + ["Total"],
            rows: zip(committees, values).map { committee, row in
                ChartTableRowView(header: committee.name, cells: (row + [row.reduce(0, +)]).map(String.init))
            },
            footer: years.isEmpty ? nil : totals("All committees", values))
        return ChartView(
            id: id, headingID: id + "-heading", heading: heading,
            intro: "How many reviews each committee published each year: each row is a committee, each column a year.",
            svg: years.isEmpty ? "" : HeatMapChart(id: id + "-chart", labelledBy: id + "-heading", title: heading,
                                                   description: description, rows: committees.map(\.name),
                                                   columns: years.map(String.init), values: values).svg,
            hasData: !years.isEmpty, table: table)
    }

    private static func outcomeLabel(_ outcome: ReviewOutcome?) -> String {
        outcome?.displayName ?? "Not recorded"
    }
}
