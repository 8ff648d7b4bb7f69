import HubAnonymisation

/// The identifier scan of `hub.yaml`: every text of the settings (the hub's title and description,
/// the themes', the committees' names and areas) is published on every page.
struct SettingsScan: Sendable {
    let scanner: IdentifierScanner

    func check(_ config: HubConfig, folder: HubFolder, log: inout DiagnosticLog) {
        var ignored = DiagnosticLog()
        guard let text = folder.readText("hub.yaml", log: &ignored) else { return }
        let path = folder.displayPath("hub.yaml")
        var report = FindingReport(acknowledgements: config.acknowledgements, severity: .error)
        let skipped = config.acknowledgementLines ?? 0...0
        for finding in scanner.scan(text, syntax: .yaml) where !skipped.contains(finding.line) {
            report.add(finding, at: SourceLocation(path: path, line: finding.line, column: finding.column), log: &log)
        }
        report.warnUnused(log: &log)
    }
}
