import Testing
@testable import HubServe

/// Reading a `Range` header against a body's length: the forms the preview answers with 206,
/// the ones it answers with 416, and the ones it ignores (200 and the whole body).
@Suite struct ByteRangeTests {
    @Test func firstAndLastByte() {
        #expect(ByteRange(header: "bytes=0-9", length: 100) == .partial(0...9))
        #expect(ByteRange(header: "bytes=10-10", length: 100) == .partial(10...10))
        #expect(ByteRange(header: "bytes=0-99", length: 100) == .partial(0...99))
        #expect(ByteRange(header: "bytes=99-99", length: 100) == .partial(99...99))
    }

    @Test func toTheEnd() {
        #expect(ByteRange(header: "bytes=0-", length: 100) == .partial(0...99))
        #expect(ByteRange(header: "bytes=42-", length: 100) == .partial(42...99))
        #expect(ByteRange(header: "bytes=99-", length: 100) == .partial(99...99))
    }

    @Test func lastBytes() {
        #expect(ByteRange(header: "bytes=-10", length: 100) == .partial(90...99))
        #expect(ByteRange(header: "bytes=-1", length: 100) == .partial(99...99))
        #expect(ByteRange(header: "bytes=-100", length: 100) == .partial(0...99))
        // A suffix longer than the body is all of it.
        #expect(ByteRange(header: "bytes=-500", length: 100) == .partial(0...99))
        #expect(ByteRange(header: "bytes=-99999999999999999999999", length: 100) == .partial(0...99))
    }

    @Test func anEndPastTheBodyIsClamped() {
        #expect(ByteRange(header: "bytes=0-100", length: 100) == .partial(0...99))
        #expect(ByteRange(header: "bytes=50-1000", length: 100) == .partial(50...99))
        #expect(ByteRange(header: "bytes=0-99999999999999999999999", length: 100) == .partial(0...99))
        #expect(ByteRange(header: "bytes=0-\(Int.max)", length: 100) == .partial(0...99))
    }

    @Test func unsatisfiable() {
        #expect(ByteRange(header: "bytes=100-", length: 100) == .unsatisfiable)
        #expect(ByteRange(header: "bytes=100-200", length: 100) == .unsatisfiable)
        #expect(ByteRange(header: "bytes=500-", length: 100) == .unsatisfiable)
        #expect(ByteRange(header: "bytes=99999999999999999999999-", length: 100) == .unsatisfiable)
        #expect(ByteRange(header: "bytes=-0", length: 100) == .unsatisfiable)
        #expect(ByteRange(header: "bytes=-000", length: 100) == .unsatisfiable)
        // An empty body has no byte to send.
        #expect(ByteRange(header: "bytes=0-", length: 0) == .unsatisfiable)
        #expect(ByteRange(header: "bytes=0-0", length: 0) == .unsatisfiable)
        #expect(ByteRange(header: "bytes=-5", length: 0) == .unsatisfiable)
    }

    @Test func absentOrOtherUnitsAreIgnored() {
        #expect(ByteRange(header: nil, length: 100) == .whole)
        #expect(ByteRange(header: "", length: 100) == .whole)
        #expect(ByteRange(header: "items=0-9", length: 100) == .whole)
        #expect(ByteRange(header: "bytesx=0-9", length: 100) == .whole)
        #expect(ByteRange(header: "0-9", length: 100) == .whole)
    }

    @Test func malformedHeadersAreIgnored() {
        for header in ["bytes=", "bytes=-", "bytes=9", "bytes=a-b", "bytes=0-x", "bytes=x-9", "bytes=0-9-", "bytes=--9",
                       "bytes=+0-9", "bytes=0-+9", "bytes=-+9", "bytes=0x1-9", "bytes=0 -9", "bytes=0- 9", "bytes=1.5-9",
                       "bytes=٣-9", "bytes=,", "bytes=0-9;", "bytes==0-9"] {
            #expect(ByteRange(header: header, length: 100) == .whole, "\(header)")
        }
        // A last byte before the first is not a range (RFC 9110 §14.1.1).
        #expect(ByteRange(header: "bytes=10-9", length: 100) == .whole)
        #expect(ByteRange(header: "bytes=500-10", length: 100) == .whole)
    }

    @Test func severalRangesAreIgnored() {
        #expect(ByteRange(header: "bytes=0-9,20-29", length: 100) == .whole)
        #expect(ByteRange(header: "bytes=0-9, 20-29", length: 100) == .whole)
        #expect(ByteRange(header: "bytes=0-9,-5", length: 100) == .whole)
        #expect(ByteRange(header: "bytes=500-,600-", length: 100) == .whole)
    }

    @Test func unitCaseSpacesAndEmptyListElements() {
        #expect(ByteRange(header: "Bytes=0-9", length: 100) == .partial(0...9))
        #expect(ByteRange(header: "BYTES=0-9", length: 100) == .partial(0...9))
        #expect(ByteRange(header: "bytes= 0-9 ", length: 100) == .partial(0...9))
        #expect(ByteRange(header: "bytes=0-9,", length: 100) == .partial(0...9))
        #expect(ByteRange(header: "bytes=, 0-9", length: 100) == .partial(0...9))
        #expect(ByteRange(header: "bytes=007-010", length: 100) == .partial(7...10))
    }
}
