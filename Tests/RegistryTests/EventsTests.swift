import Foundation
import Ledger
import Testing

@testable import Registry

/// What every event shares: towns, schedule, a status moved one step at a time, and a
/// seal whose hash anyone can recompute from the published results.
@Suite struct EventsTests {
    private func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(rfc3339: text)) }

    @Test func eventsMoveOneStepAtATimeAndSealOnlyWhenClosed() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let city = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let events = test.node.events
        let event = try await events.create(EventDraft(kind: .challenge, title: "Glocal City Challenge 2026", cityIDs: [city.id, city.id],
                                                      startsOn: try day("2026-12-01"), endsOn: try day("2026-12-03")))
        #expect(event.status == .draft && event.cityIDs == [city.id])
        await #expect(throws: EventStateError.cannotMove(event.id, current: .draft, requested: .closed, next: .open)) {
            try await events.move(event.id, to: .closed)
        }
        let results: JSONValue = ["teams": [["team": "t1", "score": 91]]]
        let signer = test.node.ledger.nodeKey
        await #expect(throws: EventStateError.wrongStatus(event.id, kind: .challenge, current: .draft, allowed: [.closed],
                                                          act: "results can be sealed")) {
            try await test.node.database.write { transaction in
                try Events.seal(event.id, kind: .challenge, results: results, in: transaction, signer: signer, at: LedgerTime.now())
            }
        }
        for status in [EventStatus.open, .running, .closed] { _ = try await events.move(event.id, to: status) }
        let seal = try await test.node.database.write { transaction in
            try Events.seal(event.id, kind: .challenge, results: results, in: transaction, signer: signer, at: LedgerTime.now())
        }
        #expect(seal.resultsSHA256 == SHA256.hash(Array(#"{"teams":[{"score":91,"team":"t1"}]}"#.utf8)))
        let entry = try await test.node.ledger.entry(seal.ledgerSeq).entry
        #expect(entry.kind.name == "event.seal" && entry.payload["results_sha256"]?.stringValue == seal.resultsSHA256.hex)
        let sealed = try #require(try await events.event(id: event.id))
        #expect(sealed.status == .sealed && sealed.seal == seal)
        await #expect(throws: EventStateError.cannotMove(event.id, current: .sealed, requested: .open, next: nil)) {
            try await events.move(event.id, to: .open)
        }
    }

    @Test func refusesUnknownTownsEmptyTitlesAndBackwardSchedules() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let city = try await test.node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let good = EventDraft(kind: .game, title: "Игра", cityIDs: [city.id], startsOn: try day("2026-12-01"), endsOn: try day("2026-12-01"))
        var backwards = good
        backwards.endsOn = try day("2026-11-30")
        await #expect(throws: RegistryValidationError(field: "ends_on", rule: .endsBeforeStart)) {
            try await test.node.events.create(backwards)
        }
        var nowhere = good
        nowhere.cityIDs = [CityID(unchecked: "cty_" + String(repeating: "0", count: 32))]
        await #expect(throws: RegistryValidationError(field: "city_ids/0", rule: .notFound(.city))) {
            try await test.node.events.create(nowhere)
        }
        var untitled = good
        untitled.title = " "
        await #expect(throws: RegistryValidationError(field: "title", rule: .empty)) {
            try await test.node.events.create(untitled)
        }
        _ = try await test.node.events.create(good)
        #expect(try await test.node.events.events(kind: .game, page: PageRequest()).items.map(\.title) == ["Игра"])
        #expect(try await test.node.events.events(kind: .challenge, page: PageRequest()).items.isEmpty)
    }
}
