import Foundation
import Ledger
import Testing

@testable import Registry

/// Importing cities and members from CSV: every bad row reported with its line, all
/// rows or none written, and exports that import back.
@Suite struct CSVImportTests {
    private func csv(_ text: String) -> [UInt8] { Array(text.utf8) }

    private func counts(_ test: TestNode) throws -> (entries: String, cities: String, members: String) {
        (try test.column("count", "SELECT count(*) AS count FROM ledger_entry").first ?? "",
         try test.column("count", "SELECT count(*) AS count FROM city").first ?? "",
         try test.column("count", "SELECT count(*) AS count FROM member").first ?? "")
    }

    @Test func reportsEveryBadCityRowAndWritesNothing() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let before = try counts(test)
        let file = csv("region,name,population\nВладимирская,Суздаль,9000\nУдмуртия,Глазов,\n,Ёлки,-3\nА,Б\nВладимирская,Суздаль,x\n")
        for dryRun in [true, false] {
            let report = try await test.node.cities.importCSV(file, dryRun: dryRun)
            #expect(report.rows == 5 && report.valid == 1 && !report.written)
            #expect(report.problems.map(\.description) == [
                "line 3: name: is already registered",
                "line 4: region: must not be empty",
                "line 5: row: has 2 fields, the header has 3",
                "line 6: population: must be a whole number",
            ])
        }
        #expect(try counts(test) == before)
    }

    @Test func aHeaderAfterBlankLinesIsStillTheHeader() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let report = try await test.node.cities.importCSV(csv("\n\nname,region\nГлазов,Удмуртия\n,\n"), dryRun: true)
        #expect(report.rows == 2 && report.valid == 1)
        #expect(report.problems.map(\.description) == ["line 5: name: must not be empty"])
    }

    @Test func refusesUnknownAndMissingColumns() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let report = try await test.node.members.importCSV(csv("name,e-mail\nАнна,a@b.ru\n"), dryRun: false)
        #expect(report.problems.map(\.description) == [
            "line 1: e-mail: unknown column; the columns are kind, name, id, email, phone, city_id, roles, status",
            "line 1: kind: required column is missing",
        ])
        #expect(report.valid == 0 && !report.written)
    }

    @Test func importsAllValidRowsInOneGoWithTheirLedgerEntries() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let city = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let entriesBefore = await test.node.ledger.size
        let file = csv("""
            \u{FEFF}name,kind,email,phone,city_id,roles,status\r
            "Ёлкина, Анна",person,anna@example.ru,+7 900 000-00-00,\(city.id),resident;mentor,\r
            ООО «Ёж»,organisation,,,,,admitted\r
            Пётр,person,,,,,suspended\r

            """)
        let dry = try await test.node.members.importCSV(file, dryRun: true)
        #expect(dry == ImportReport(dryRun: true, rows: 3, valid: 3, problems: [], written: false))
        #expect(try await test.node.members.all().isEmpty)
        let report = try await test.node.members.importCSV(file, dryRun: false)
        #expect(report == ImportReport(dryRun: false, rows: 3, valid: 3, problems: [], written: true))
        let members = try await test.node.members.all()
        let byName = Dictionary(uniqueKeysWithValues: members.map { ($0.name ?? "", $0) })
        #expect(byName["Ёлкина, Анна"]?.roles == [.resident, .mentor])
        #expect(byName["Ёлкина, Анна"]?.status == .applied && byName["Ёлкина, Анна"]?.cityID == city.id)
        #expect(byName["ООО «Ёж»"]?.status == .admitted && byName["ООО «Ёж»"]?.roles == [.resident])
        #expect(byName["Пётр"]?.status == .suspended)
        // Three applications, one move for the admitted, two for the suspended.
        #expect(await test.node.ledger.size == entriesBefore + 6)
    }

    @Test func reportsEveryBadMemberRow() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let before = try counts(test)
        let file = csv("""
            kind,name,email,phone,city_id,roles,status
            robot,Анна,,,,,
            person,,,,,,
            person,Пётр,not-an-email,12,,,
            person,Ира,,,cty_00000000000000000000000000000000,mayor,
            person,Оля,,,,,gone
            person,Валид,,,,,left
            """)
        let report = try await test.node.members.importCSV(file, dryRun: false)
        #expect(report.problems.map(\.description) == [
            "line 2: kind: must be one of: person, organisation",
            "line 3: name: must not be empty",
            "line 4: email: is not an email address",
            "line 5: roles: must be one of: resident, entrepreneur, mentor, investor, facilitator, union_staff, committee",
            "line 6: status: must be one of: applied, admitted, suspended, left",
        ])
        #expect(report.rows == 6 && report.valid == 1 && !report.written)
        #expect(try counts(test) == before)
        let unknownCity = try await test.node.members.importCSV(csv("kind,name,city_id\nperson,Ира,cty_00000000000000000000000000000000\n"), dryRun: true)
        #expect(unknownCity.problems.map(\.description) == ["line 2: city_id: no such city"])
    }

    @Test func exportsImportIntoAnotherNodeUnderTheSameIDs() async throws {
        let source = try await TestNode.make()
        let target = try await TestNode.make()
        defer { source.remove(); target.remove() }
        let city = try await source.node.cities.register(name: "Суздаль", region: "Владимирская, \"Золотое кольцо\"", population: 9000)
        let member = try await source.node.members.apply(MemberApplication(kind: .person, name: "Ёлкина\nАнна", phone: "+7 912 000-00-00",
                                                                            cityID: city.id, roles: [.mentor, .investor],
                                                                            details: ApplicationDetails(
                                                                                competencies: ["финансы"], weeklyHours: 4,
                                                                                ticket: try TicketRange(minimumKopecks: 0, maximumKopecks: 100))))
        _ = try await source.node.members.apply(MemberApplication(kind: .organisation, name: "=1+1"))
        _ = try await source.node.members.setStatus(.admitted, of: member.id)
        #expect(try await target.node.importCSV(.cities, try await source.node.exportCSV(.cities), dryRun: false).written)
        #expect(try await target.node.importCSV(.members, try await source.node.exportCSV(.members), dryRun: false).written)
        #expect(try await target.node.cities.all().map(\.id) == [city.id])
        let copied = try await target.node.members.member(id: member.id)
        #expect(copied?.name == "Ёлкина\nАнна" && copied?.status == .admitted && copied?.roles == [.mentor, .investor])
        #expect(copied?.phone == "+7 912 000-00-00")
        #expect(try await target.node.members.all().contains { $0.name == "=1+1" })
        #expect(try await target.node.exportCSV(.members) == (try await source.node.exportCSV(.members)))
        let again = try await target.node.importCSV(.members, try await source.node.exportCSV(.members), dryRun: true)
        #expect(again.problems.map(\.field) == ["id", "id"])
    }

    @Test func aBatchThatFailsMidwayLeavesTheRegisterUnchanged() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let before = try counts(test)
        let missing = CityID(unchecked: "cty_00000000000000000000000000000000")
        await #expect(throws: RegistryValidationError(field: "city_id", rule: .notFound(.city))) {
            try await test.node.members.applyAll([
                ImportedMember(application: MemberApplication(kind: .person, name: "Первая"), status: .admitted),
                ImportedMember(application: MemberApplication(kind: .person, name: "Вторая", cityID: missing)),
            ])
        }
        await #expect(throws: TownConflict.self) {
            try await test.node.cities.registerAll([
                CityRegistration(name: "Глазов", region: "Удмуртия", population: nil),
                CityRegistration(name: "Глазов", region: "Удмуртия", population: 1),
            ])
        }
        #expect(try counts(test) == before)
    }

    @Test func exportsProjects() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let bytes = try await test.node.exportCSV(.projects)
        #expect(bytes == [0xEF, 0xBB, 0xBF] + Array("id,title,direction,city_id,stage,lead_member_id\r\n".utf8))
        await #expect(throws: RegistryValidationError.self) { try await test.node.importCSV(.projects, bytes, dryRun: true) }
    }
}
