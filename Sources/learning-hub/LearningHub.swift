import ArgumentParser

/// `learning-hub`: turns a hub folder of reviews, briefs and briefings into a static learning-hub site.
@main
struct LearningHub: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learning-hub",
        abstract: "Build a static knowledge hub of learning from case reviews.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ImportCommand.self, InitCommand.self, ThemeCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
