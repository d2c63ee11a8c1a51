import Registry

/// `glocal import cities|members FILE`: a register filled from a spreadsheet by Union
/// staff. Every row is checked first; nothing is written unless all are valid.
enum ImportCommand: Command {
    static let name = "import"
    static let overview = "Import cities or members from a CSV file, all rows or none."
    static let usage = "glocal import cities|members <file> [--dry-run] [--data <dir>]"
    static let help = """
        ARGUMENTS:
          cities|members          Which register the file fills.
          <file>                  A CSV file in UTF-8 (a BOM is accepted), with a header row.

        OPTIONS:
          --dry-run               Check every row and report; write nothing.
        \(DataOption.help)
          -h, --help              Show help information.

        Columns, in any order (unknown columns are refused):
          cities   name, region (required); id, population
          members  kind, name (required); id, email, phone, city_id, roles (separated by ';'), status
        A member's status defaults to applied; admitted, suspended and left are reached through the
        moves the register allows, each recorded in the ledger. Every bad row is reported on stderr
        as "line N: field: reason" and the command exits 1 without writing anything.
        Run it while the node is not serving: a running `glocal serve` keeps the ledger's head in
        memory, so its next write would collide with these entries. While it serves, import through
        the API instead (POST /api/v1/imports/cities or /members, see docs/api.md).
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["data"], flags: ["dry-run"], usage: usage)
        try arguments.expectPositionals(2, "a register (cities or members) and a file")
        guard let kind = RegisterKind(rawValue: arguments.positionals[0]), kind.isImportable else {
            throw UsageError(message: "can import cities or members, not '\(arguments.positionals[0])'", usage: usage)
        }
        let path = arguments.positionals[1]
        let bytes = try CSVFile.read(path)
        let dryRun = arguments.flag("dry-run")
        let node = try await DataOption.folder(arguments).openNode()
        let report = try await node.importCSV(kind, bytes, dryRun: dryRun)
        for problem in report.problems {
            output.error(problem.description)
        }
        if !report.problems.isEmpty {
            output.error("Error: \(report.problems.count) problem(s) in \(report.rows - report.valid) of \(report.rows) rows; nothing was imported")
            return 1
        }
        if dryRun {
            output.print("dry run: all \(report.rows) \(kind.rawValue) rows are valid; nothing was written")
        } else {
            output.print("imported \(report.rows) \(kind.rawValue)")
        }
        return 0
    }
}
