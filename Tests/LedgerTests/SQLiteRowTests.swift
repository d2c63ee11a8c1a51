import Testing
@testable import Ledger

/// Rows read by column name: in any order, as often as asked, and a name the query does
/// not select is a typed error rather than a crash.
@Suite struct SQLiteRowTests {
    private func connection(_ directory: TemporaryDirectory) throws -> SQLiteConnection {
        let database = try SQLiteConnection(path: directory.path("rows.sqlite"))
        try database.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, title TEXT, body BLOB, weight REAL, note TEXT)")
        try database.run("INSERT INTO item (id, title, body, weight, note) VALUES (?, ?, ?, ?, ?)",
                         [.integer(1), .text("first"), .blob([1, 2]), .real(0.5), .null])
        try database.run("INSERT INTO item (id, title, body, weight, note) VALUES (?, ?, ?, ?, ?)",
                         [.integer(2), .text("second"), .blob([]), .real(1.5), .text("kept")])
        return database
    }

    @Test func readsColumnsByNameInAnyOrderOnEveryRow() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try connection(directory)
        let rows = try database.query("SELECT id, title, body, weight, note FROM item ORDER BY id") { row in
            (note: try row.isNull("note") ? nil : try row.text("note"), weight: try row.double("weight"),
             title: try row.text("title"), id: try row.int("id"), body: try row.blob("body"),
             again: try row.text("title"), wide: try row.int64("id"))
        }
        #expect(rows.map(\.id) == [1, 2] && rows.map(\.wide) == [1, 2])
        #expect(rows.map(\.title) == ["first", "second"] && rows.map(\.again) == ["first", "second"])
        #expect(rows.map(\.body) == [[1, 2], []])
        #expect(rows.map(\.weight) == [0.5, 1.5])
        #expect(rows.map(\.note) == [nil, "kept"])
    }

    @Test func readsAComputedColumnByItsAlias() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try connection(directory)
        #expect(try database.queryOne("SELECT count(*) AS total FROM item") { row throws(StorageError) in try row.int("total") } == 2)
    }

    @Test func aColumnTheQueryDoesNotSelectIsATypedError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try connection(directory)
        #expect(throws: StorageError.noSuchColumn("body")) {
            try database.query("SELECT id, title FROM item") { try $0.blob("body") }
        }
        #expect(throws: StorageError.noSuchColumn("count(*)")) {
            try database.queryOne("SELECT count(*) AS total FROM item") { row throws(StorageError) in try row.int("count(*)") }
        }
        #expect(StorageError.noSuchColumn("body").description == "the query has no column named body")
    }
}
