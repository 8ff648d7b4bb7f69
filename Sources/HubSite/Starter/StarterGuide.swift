/// The README and `.gitignore` of a new hub's folder.
enum StarterGuide {
    static let gitignore = """
        # What learning-hub builds and keeps between builds: made again from content/ at any time.
        public/
        .hub-cache/

        """

    static func readme(_ settings: HubSettings) -> String {
        """
        # \(settings.title)

        The learning hub of \(settings.committeeName): anonymised reviews, learning briefs and seven-minute
        briefings, kept as Markdown files in `content/` and built into a website with `learning-hub`.

        ## Writing

        - `learning-hub new review|brief|briefing|page "Title"` starts a document as a draft, with every
          field it needs and guidance under each heading.
        - `learning-hub import report.docx --as review` (or a `.odt` or `.pdf`, `--as brief|briefing|page`)
          turns a report the committee already has into a draft, and lists anything in it that could
          identify someone.
        - Replace every piece of guidance, remove or anonymise what could identify a child, family or
          worker, then set `anonymised: true` and remove `draft: true`.
        - `content/hub.yaml` holds the hub's title, address, learning themes and committees.
        - `content/pages/accessibility.md` must be completed (see its "To complete" notes) before publishing.

        ## Checking

        - `learning-hub serve` previews the hub, drafts included, at http://127.0.0.1:8080/ and reloads
          as you save.
        - `learning-hub check` checks every document, drafts too, and reports every problem with its
          file, line and column.

        ## Publishing

        - `learning-hub build` writes the site to `public/`; copy that folder to the web server at
          \(settings.normalisedBaseURL). A build that finds an error leaves `public/` as it was.
        - Keep a private list of real names (one a line) outside this folder and pass it with
          `--denylist FILE` to `check` and `build`: no published document may contain them.

        """
    }
}
