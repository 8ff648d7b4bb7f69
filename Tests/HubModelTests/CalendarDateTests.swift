import Foundation
import Testing
@testable import HubModel

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test func parsesISODates() throws {
        let date = try #require(CalendarDate(iso: "2024-03-05"))
        #expect(date.year == 2024)
        #expect(date.month == 3)
        #expect(date.day == 5)
        #expect(date.description == "2024-03-05")
        #expect(date.longForm == "5 March 2024")
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2023-12-31", "2023-01-31", "2023-04-30", "0001-01-01", "9999-12-31"])
    func acceptsDaysThatExist(text: String) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(date.description == text)
    }

    @Test(arguments: [
        "2023-02-29", "1900-02-29", "2100-02-29", "2023-02-30", "2023-04-31", "2023-06-31", "2023-09-31", "2023-11-31",
        "2023-13-01", "2023-00-10", "2023-01-00", "2023-01-32", "0000-01-01",
    ])
    func rejectsDaysThatDoNotExist(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: [
        "March 2023", "2023-3-5", "23-03-05", "2023/03/05", "2023-03-05T10:00", " 2023-03-05", "2023-03-05 ",
        "2023-03", "", "2023--03-05", "+123-03-05", "２０２３-03-05", "2023-0x-05", "-2023-03-05",
    ])
    func rejectsOtherFormats(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test(arguments: [(2024, 29), (2023, 28), (2000, 29), (1900, 28), (2400, 29), (2100, 28), (1996, 29)])
    func februaryFollowsTheLeapYearRules(year: Int, days: Int) {
        #expect(CalendarDate.daysIn(month: 2, year: year) == days)
        #expect(CalendarDate(year: year, month: 2, day: days) != nil)
        #expect(CalendarDate(year: year, month: 2, day: days + 1) == nil)
    }

    @Test func monthLengths() {
        #expect((1...12).map { CalendarDate.daysIn(month: $0, year: 2023) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test func rejectsOutOfRangeComponents() {
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2023, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 2023, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2023, month: 1, day: 0) == nil)
        #expect(CalendarDate(year: 2023, month: 1, day: -1) == nil)
    }

    @Test func ordersChronologically() {
        let dates = ["2024-01-01", "2023-12-31", "2023-02-01", "2023-01-15", "2024-01-02"].compactMap(CalendarDate.init(iso:))
        #expect(dates.sorted().map(\.description) == ["2023-01-15", "2023-02-01", "2023-12-31", "2024-01-01", "2024-01-02"])
        #expect(CalendarDate(year: 2023, month: 6, day: 1)! < CalendarDate(year: 2023, month: 6, day: 2)!)
        #expect(!(CalendarDate(year: 2023, month: 6, day: 1)! < CalendarDate(year: 2023, month: 6, day: 1)!))
        #expect(CalendarDate(year: 2023, month: 6, day: 1) == CalendarDate(iso: "2023-06-01"))
    }

    @Test func padsItsDescription() {
        #expect(CalendarDate(year: 7, month: 1, day: 2)!.description == "0007-01-02")
    }

    @Test(arguments: [(1, "January"), (2, "February"), (9, "September"), (12, "December")])
    func longFormUsesBritishOrder(month: Int, name: String) {
        #expect(CalendarDate(year: 2024, month: month, day: 1)!.longForm == "1 \(name) 2024")
    }

    @Test func todayIsTakenInUTC() {
        // 2024-03-05 23:30 UTC is still 5 March whatever the machine's time zone.
        let date = Date(timeIntervalSince1970: 1_709_681_400)
        #expect(CalendarDate.today(date) == CalendarDate(year: 2024, month: 3, day: 5))
        #expect(CalendarDate.today(Date(timeIntervalSince1970: 0)) == CalendarDate(year: 1970, month: 1, day: 1))
    }
}
