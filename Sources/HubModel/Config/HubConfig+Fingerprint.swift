import HubSupport

extension HubConfig {
    /// Changes whenever any setting that can appear on a page changes.
    public var fingerprint: Fingerprint {
        var hasher = StableHasher()
        hasher.combine("hub.yaml")
        for text in [title, description, baseURL, language] { hasher.combine(text) }
        hasher.combine(learningThemes.count)
        for theme in learningThemes {
            hasher.combine(theme.id)
            hasher.combine(theme.title)
            hasher.combine(theme.description)
        }
        hasher.combine(committees.count)
        for committee in committees {
            hasher.combine(committee.id)
            hasher.combine(committee.name)
            hasher.combine(committee.area)
            hasher.combine(committee.kind?.rawValue ?? "")
        }
        hasher.combine(scope?.rawValue ?? "")
        return hasher.finalize()
    }
}
