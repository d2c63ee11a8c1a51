import Ledger
import Testing
@testable import Registry

/// Registry rows read by column name into the registry's own types: a value the registry
/// would not have written is a corrupted row naming its table, row and column, and a
/// column the query does not select is a typed error.
@Suite struct TableRowTests {
    private static let literals = """
        SELECT 'mem_0123456789abcdef0123456789abcdef' AS id, 'organisation' AS kind, 1 AS yes, 0 AS no, 2 AS neither,
               2.5 AS half, x'0102' AS bytes, 1500 AS amount, '2026-01-15' AS day, '2026-01-15T10:00:00.000Z' AS moment,
               NULL AS absent
        """

    @Test func storedValuesConvertThemselves() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try SQLiteConnection(path: directory.path("values.sqlite"))
        let values = try database.query(Self.literals) { row in
            let row = TableRow(row, table: "literal")
            return (id: try row.value("id") as MemberID, kind: try row.value("kind") as MemberKind, yes: try row.value("yes") as Bool,
                    no: try row.value("no") as Bool, half: try row.value("half") as Double, bytes: try row.value("bytes") as [UInt8],
                    amount: try row.value("amount") as Kopecks, day: try row.value("day") as CalendarDate,
                    moment: try row.value("moment") as LedgerTime, absent: try row.optional("absent") as LedgerTime?,
                    present: try row.optional("moment") as LedgerTime?)
        }
        let value = try #require(values.first)
        #expect(value.id.rawValue == "mem_0123456789abcdef0123456789abcdef" && value.kind == .organisation)
        #expect(value.yes && !value.no && value.half == 2.5 && value.bytes == [1, 2] && value.amount == Kopecks(1500))
        #expect(value.day == CalendarDate(rfc3339: "2026-01-15") && value.moment == LedgerTime(rfc3339: "2026-01-15T10:00:00.000Z"))
        #expect(value.absent == nil && value.present == value.moment)
    }

    @Test func aValueThatDoesNotConvertIsACorruptedRowAndAMissingColumnATypedError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try SQLiteConnection(path: directory.path("values.sqlite"))
        let id = "mem_0123456789abcdef0123456789abcdef"
        #expect(throws: RegistryError.corruptedRow(table: "literal", id: id, column: "neither")) {
            try database.query(Self.literals) { try TableRow($0, table: "literal").value("neither") as Bool }
        }
        #expect(throws: RegistryError.corruptedRow(table: "literal", id: id, column: "kind")) {
            try database.query(Self.literals) { try TableRow($0, table: "literal").value("kind") as MembershipStatus }
        }
        #expect(throws: RegistryError.corruptedRow(table: "literal", id: "named", column: "day")) {
            try database.query(Self.literals) { try TableRow($0, table: "literal", id: "named").value("day") as LedgerTime }
        }
        #expect(throws: StorageError.noSuchColumn("status")) {
            try database.query(Self.literals) { try TableRow($0, table: "literal").value("status") as MembershipStatus }
        }
        #expect(throws: StorageError.noSuchColumn("status")) {
            try database.query(Self.literals) { try TableRow($0, table: "literal").optional("status") as MembershipStatus? }
        }
    }

    @Test func aStoredValueCorruptedInTheFileIsReportedWithItsTableRowAndColumn() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let kind = try await test.node.members.apply(MemberApplication(kind: .person, name: "Ада"))
        let time = try await test.node.members.apply(MemberApplication(kind: .organisation, name: "Артель"))
        let raw = try SQLiteConnection(path: test.databasePath)
        try raw.execute("PRAGMA ignore_check_constraints = ON")
        try raw.run("UPDATE member SET kind = 'robot' WHERE id = ?", [.text(kind.id.rawValue)])
        try raw.run("UPDATE member SET created_at = 'last spring' WHERE id = ?", [.text(time.id.rawValue)])

        await #expect(throws: RegistryError.corruptedRow(table: "member", id: kind.id.rawValue, column: "kind")) {
            try await test.node.members.member(id: kind.id)
        }
        await #expect(throws: RegistryError.corruptedRow(table: "member", id: time.id.rawValue, column: "created_at")) {
            try await test.node.members.member(id: time.id)
        }
    }
}
