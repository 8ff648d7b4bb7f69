/// The decide-publication step: where each parsed document stands on the build's date, and so whether
/// it will be on the site.
struct PublicationStep: Sendable {
    let today: CalendarDate
    /// A preview shows drafts too (marked as drafts).
    let includeDrafts: Bool

    /// The documents that parsed, in the order of their files.
    func decide(_ files: [ParsedFile]) -> [ParsedDocument] {
        files.compactMap { file in
            guard let metadata = file.metadata, let source = file.source else { return nil }
            let state = metadata.publicationState(on: today)
            return ParsedDocument(metadata: metadata, source: source, state: state,
                                  isIncluded: state.isVisible || (includeDrafts && state == .draft), memoNote: file.memoNote)
        }
    }
}
