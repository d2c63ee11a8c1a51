import Ledger

/// The steps every register's CSV import shares: each row is parsed and validated
/// (every problem kept with its line), the good rows are then checked against the
/// register, and only when nothing is wrong, and it is not a dry run, are they all
/// written, in one transaction.
enum CSVImport {
    /// - Parameters:
    ///   - candidate: parses and validates one row; records parse problems in the row's
    ///     list, or throws the `RegistryValidationError` the register's own checks raise.
    ///   - checkAgainstRegister: what only the stored register can tell (duplicates).
    ///   - write: enters every candidate inside the import's one transaction, whose
    ///     result is the report (so a keyed request stores its answer with the rows).
    static func run<Candidate: Sendable>(
        _ table: CSVTable, dryRun: Bool, database: RegistryDatabase,
        candidate: (CSVTable.Row, inout ImportRowProblems) throws -> Candidate?,
        checkAgainstRegister: @escaping @Sendable ([Candidate], SQLiteConnection) throws -> [ImportProblem],
        write: @escaping @Sendable ([Candidate], LedgerTransaction) throws -> Void
    ) async throws -> ImportReport {
        var problems = table.problems
        var candidates: [Candidate] = []
        for row in table.rows {
            var rowProblems = ImportRowProblems(line: row.line)
            do {
                if let found = try candidate(row, &rowProblems), rowProblems.found.isEmpty { candidates.append(found) }
            } catch let error as RegistryValidationError {
                rowProblems.add(error.fieldName, error.rule)
            }
            problems += rowProblems.found
        }
        let checked = candidates
        problems += try await database.read { try checkAgainstRegister(checked, $0) }
        guard problems.isEmpty, !dryRun else {
            return ImportReport(table: table, dryRun: dryRun, problems: problems, written: false)
        }
        let report = ImportReport(table: table, dryRun: false, problems: [], written: true)
        return try await database.write { transaction in
            try write(checked, transaction)
            return report
        }
    }
}
