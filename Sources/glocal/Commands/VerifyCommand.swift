import Foundation
import Ledger

/// `glocal verify`: replays a ledger (a database or an export) and checks everything.
enum VerifyCommand: Command {
    static let name = "verify"
    static let overview = "Verify every entry, signature, hash link and checkpoint of a ledger."
    static let usage = "glocal verify [--data <dir> | --export <file>] [--node-key <hex>] [--checkpoint <file>]..."
    static let help = """
        OPTIONS:
        \(DataOption.help)
          --export <file>         Verify an export file (from `glocal export`) instead of a database.
          --node-key <hex>        The node public key to trust (32 bytes, hex). Default: the key the
                                  database or export names; pass it to audit independently.
          --checkpoint <file>     A signed checkpoint published earlier; the ledger must contain
                                  its entries unchanged. May be repeated.
          -h, --help              Show help information.

        EXIT STATUS:
          0 the ledger is valid; 1 it is not, or could not be read (the first bad seq and
          why are printed); 2 the command was called wrongly.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["data", "export", "node-key", "checkpoint"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        let anchor = try arguments.value("node-key").map { try Ed25519PublicKey(hex: $0) }
        let checkpoints = try arguments.values("checkpoint").map { try String(contentsOfFile: $0, encoding: .utf8) }
        let report: VerificationReport
        do {
            if let export = arguments.value("export") {
                guard checkpoints.isEmpty else {
                    throw UsageError(message: "--checkpoint applies to databases; an export carries its own", usage: usage)
                }
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: export)))
                report = try ExportReader.verify(contentsOf: bytes, trustAnchor: anchor)
            } else {
                let folder = DataOption.folder(arguments)
                report = try LedgerVerifier.verifyDatabase(at: try folder.existingDatabasePath(), trustAnchor: anchor,
                                                           extraCheckpoints: checkpoints)
            }
        } catch let failure as VerificationFailure {
            output.error("invalid: \(failure)")
            return 1
        }
        output.print("valid: \(report.entries) entries, root \(report.rootHash)")
        output.print("  checkpoints matched: \(report.checkpointSizes.map(String.init).joined(separator: ", "))")
        output.print("  keys: \(report.registeredKeys) registered, \(report.activeKeys) active")
        return 0
    }
}
