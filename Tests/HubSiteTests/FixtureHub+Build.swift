import HubModel
import HubSite
import HubTestSupport

/// Building a fixture hub into its output folder with the site builder.
extension FixtureHub {
    /// The day the fixture hubs' documents are judged against.
    static let today = CalendarDate(year: 2025, month: 6, day: 1)!

    /// Builds the hub with the repository's default theme (or `theme`), judged on `today`.
    func build(drafts: Bool = false, theme: String = Repository.defaultTheme.path) -> BuildReport {
        SiteBuilder(options: BuildOptions(contentDirectory: content.path, themeDirectory: theme,
                                          outputDirectory: output.path,
                                          load: LoadOptions(includeDrafts: drafts, today: Self.today))).build()
    }
}
