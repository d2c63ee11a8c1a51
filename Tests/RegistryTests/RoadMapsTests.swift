import Foundation
import Ledger
import Testing

@testable import Registry

/// A town's road map of annex 2: planned from the seed's lengths, changed by staff, its
/// evidence deposited by hash, and its event steps moved by the events themselves, each
/// change a ledger entry without the owners' or documents' words.
@Suite struct RoadMapsTests {
    @Test func startingPlansEachStepAfterTheOneBefore() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let start = try #require(CalendarDate(rfc3339: "2027-01-31"))
        let roadMap = try await test.node.roadMaps.start(glazov.id, on: start)
        #expect(roadMap.steps.map(\.step) == RoadMapStep.allCases)
        func dates(_ step: RoadMapStep) -> String {
            let record = roadMap.steps[step.rawValue - 1]
            return "\(record.plannedStart)…\(record.plannedEnd)"
        }
        // A month from 31 January ends on 27 February; a day is itself; three days, three.
        #expect(dates(.memorandum) == "2027-01-31…2027-02-27")
        #expect(dates(.committeeMeeting) == "2027-02-28…2027-02-28")
        #expect(dates(.challengeOrder) == "2027-03-01…2027-03-31")
        #expect(dates(.maturityAudit) == "2027-04-01…2027-04-01")
        #expect(dates(.cityGame) == "2027-04-02…2027-04-04")
        #expect(dates(.accelerator) == "2027-04-05…2027-06-04")
        #expect(dates(.testPlatform) == dates(.accelerator))
        #expect(dates(.unionRegistration) == "2027-06-05…2027-09-04")
        #expect(dates(.investmentSession) == "2027-09-05…2027-09-05")
        #expect(dates(.resultsMeeting) == "2028-02-09…2028-02-09")
        #expect(roadMap.steps.allSatisfy { $0.status == .planned && $0.owner == $0.step.seedOwner })
        #expect(roadMap.current?.step == .memorandum)
        await #expect(throws: TownConflict.roadMapStarted) { try await test.node.roadMaps.start(glazov.id, on: start) }

        let entry = try await test.node.ledger.entry(roadMap.ledgerSeq).entry
        #expect(entry.kind.name == "roadmap.start")
        #expect(entry.payload["steps"]?.arrayValue?.count == 14)
        #expect(entry.payload["starts_on"] == .string("2027-01-31"))
    }

    @Test func staffChangeAStepAndDepositItsEvidenceByHash() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let maps = test.node.roadMaps
        let day = try #require(CalendarDate(rfc3339: "2026-11-01"))
        let change = RoadMapStepChange(owner: "Администрация Глазова", plannedStart: day, plannedEnd: day.addingDays(20), status: .done)
        await #expect(throws: TownConflict.roadMapNotStarted) { try await maps.change(.memorandum, of: glazov.id, to: change) }
        _ = try await maps.start(glazov.id, on: day)
        let done = try await maps.change(.memorandum, of: glazov.id, to: change)
        #expect(done.status == .done && done.doneOn == CalendarDate(test.clock.now) && done.owner == "Администрация Глазова")
        #expect(try await maps.change(.memorandum, of: glazov.id, to: change) == done, "a change that changes nothing writes nothing")
        var backwards = change
        backwards.plannedEnd = day.addingDays(-1)
        await #expect(throws: RegistryValidationError(field: "planned_end", rule: .endsBeforeStart)) {
            try await maps.change(.memorandum, of: glazov.id, to: backwards)
        }
        var reopened = change
        reopened.status = .underway
        #expect(try await maps.change(.memorandum, of: glazov.id, to: reopened).doneOn == nil)

        let memorandum = Array("Меморандум о развитии цифрового предпринимательства".utf8)
        let evidence = try await maps.deposit(SHA256.hash(memorandum), titled: "Подписанный меморандум", for: .memorandum, of: glazov.id)
        await #expect(throws: TownConflict.evidenceDeposited) {
            try await maps.deposit(SHA256.hash(memorandum), titled: "Ещё раз", for: .memorandum, of: glazov.id)
        }
        let stored = try #require(try await maps.roadMap(of: glazov.id))
        #expect(stored.steps[0].evidence == [evidence])
        #expect(stored.steps[0].status == .underway)

        let entries = try await test.node.ledger.entries(from: 0, limit: 10_000)
        #expect(entries.filter { $0.entry.kind.name == "roadmap.step" }.count == 2)
        let deposit = try #require(entries.first { $0.entry.kind.name == "roadmap.evidence" })
        #expect(deposit.entry.payload == ["city_id": .string(glazov.id.rawValue), "step": .integer(1),
                                          "sha256": .string(SHA256.hash(memorandum).hex)])
        let text = entries.map { String(decoding: $0.canonicalBytes, as: UTF8.self) }.joined()
        #expect(!text.contains("Администрация") && !text.contains("меморандум") && !text.contains("РИР"))
    }

    @Test func eventsMoveTheirStepsInEachOfTheirTowns() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let sarapul = try await test.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let today = CalendarDate(test.clock.now)
        _ = try await test.node.roadMaps.start(glazov.id, on: today)
        func cohort(_ title: String) async throws -> EventID {
            let event = try await test.node.events.create(EventDraft(kind: .accelerator, title: title, cityIDs: [glazov.id, sarapul.id],
                                                                     startsOn: today, endsOn: today.addingDays(60)))
            for status in [EventStatus.open, .running] { _ = try await test.node.events.move(event.id, to: status) }
            return event.id
        }
        func step(_ step: RoadMapStep) async throws -> RoadMapStepRecord {
            try #require(try await test.node.roadMaps.roadMap(of: glazov.id)).steps[step.rawValue - 1]
        }
        let first = try await cohort("Первый поток")
        #expect(try await step(.accelerator).status == .underway)
        _ = try await test.node.events.move(first, to: .closed)
        let seal = try await test.node.accelerators.seal(first)
        let completed = try await step(.accelerator)
        #expect(completed.status == .done && completed.doneOn == today && completed.eventID == first)
        #expect(try await step(.nextAccelerator).status == .planned)
        let entry = try await test.node.ledger.entry(seal.ledgerSeq + 1).entry
        #expect(entry.kind.name == "roadmap.step" && entry.payload["event_id"] == .string(first.rawValue))

        let second = try await cohort("Второй поток")
        _ = try await test.node.events.move(second, to: .closed)
        _ = try await test.node.accelerators.seal(second)
        #expect(try await step(.nextAccelerator).status == .done)
        #expect(try await test.node.roadMaps.roadMap(of: sarapul.id) == nil, "a town without a road map is left alone")
    }
}
