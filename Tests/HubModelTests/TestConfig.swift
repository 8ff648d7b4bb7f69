import HubModel
import HubTestSupport

/// The configuration of `HubYAML.testHub`, for parse-level tests.
let testConfig: HubConfig = {
    let yaml = HubYAML.testHub
    return HubConfig(
        title: yaml.title, description: yaml.description, baseURL: yaml.baseURL, language: yaml.language,
        learningThemes: yaml.themes.map { LearningTheme(id: $0.id, title: $0.title, description: $0.description) },
        committees: yaml.committees.map { Committee(id: $0.id, name: $0.name, area: $0.area) })
}()
