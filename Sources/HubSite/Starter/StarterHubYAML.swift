/// The `hub.yaml` of a new hub (`learning-hub init`).
enum StarterHubYAML {
    static func text(_ settings: HubSettings) -> String {
        let q = DocumentScaffold.quoted
        var lines = [
            "# The hub's settings. Edit any value; `learning-hub check` tells you if something is wrong.",
            "title: \(q(settings.title))",
            "description: \(q("Learning from case reviews for everyone who works with children, young people and families in \(settings.area)."))",
            "# Where the site will be published (it also works opened from a folder).",
            "base_url: \(q(settings.normalisedBaseURL))",
            "language: \(q(settings.language))",
            "",
            "# The learning themes: every document names at least one, by id. Keep, rename, add or remove",
            "# them; they are shown on the site in this order.",
            "themes:",
        ]
        for theme in StarterThemes.all {
            lines += ["  - id: \(theme.id)", "    title: \(q(theme.title))", "    description: \(q(theme.description))"]
        }
        lines += [
            "",
            "# The committees whose reviews the hub holds; a review names its committee by id.",
            "committees:",
            "  - id: \(settings.committeeID)",
            "    name: \(q(settings.committeeName))",
            "    area: \(q(settings.area))",
            "",
        ]
        return lines.joined(separator: "\n")
    }
}
