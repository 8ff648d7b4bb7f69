import HubModel

extension CalendarDate {
    /// Midnight UTC of the day as an RFC 3339 timestamp, as Atom requires: `2024-03-05T00:00:00Z`.
    var timestamp: String { description + "T00:00:00Z" }
}
