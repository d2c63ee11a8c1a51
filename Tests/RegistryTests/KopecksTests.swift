import Foundation
import Testing

@testable import Registry

/// Kopecks: checked arithmetic that reports overflow instead of trapping, and a JSON form
/// that is the bare integer.
@Suite struct KopecksTests {
    @Test func overflowGivesNilInsteadOfStopping() {
        #expect(Kopecks(5).adding(Kopecks(7)) == Kopecks(12))
        #expect(Kopecks(5).subtracting(Kopecks(7)) == Kopecks(-2))
        #expect(Kopecks(Int64.max).adding(Kopecks(1)) == nil)
        #expect(Kopecks(Int64.min).subtracting(Kopecks(1)) == nil)
        #expect(Kopecks.zero < Kopecks(1))
    }

    @Test func encodesAsTheBareInteger() throws {
        let data = try JSONEncoder().encode([Kopecks(150)])
        #expect(String(decoding: data, as: UTF8.self) == "[150]")
        #expect(try JSONDecoder().decode([Kopecks].self, from: data) == [Kopecks(150)])
    }
}
