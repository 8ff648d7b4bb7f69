@testable import HubModel
import HubTestSupport

/// Swift Testing has a `SourceLocation` too; in these tests the name means the hub's.
typealias SourceLocation = HubModel.SourceLocation

/// The fixed day every test judges publication against.
let testToday = CalendarDate(year: 2025, month: 6, day: 1)!

/// Loading a fixture hub with the model's loader.
extension FixtureHub {
    func load(includeDrafts: Bool = false, today: CalendarDate = testToday) -> HubLoadResult {
        HubLoader(contentDirectory: content.path, options: LoadOptions(includeDrafts: includeDrafts, today: today)).load()
    }
}
