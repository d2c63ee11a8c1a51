import Glibc

/// `glocal-bench [ledger] [http] [scrypt] [registry] [captable] [contracts] [challenge] [pages] [mail] [scale] [tiles] [--proof-entries N] [--projects N] [--tile-entries N]`:
/// runs the benchmarks and prints one JSON line per figure.
@main
enum GlocalBench {
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let proofEntries = takePositiveInteger("--proof-entries", from: &arguments) ?? 1_000_000
        let projects = takePositiveInteger("--projects", from: &arguments) ?? 100_000
        let tileEntries = takePositiveInteger("--tile-entries", from: &arguments) ?? 200_000
        let suites = arguments.isEmpty ? ["ledger"] : arguments
        do {
            for suite in suites {
                switch suite {
                case "ledger":
                    try await LedgerBenchmark.run(emit: { print($0.jsonLine) }, proofEntries: proofEntries)
                case "http":
                    try await HTTPBenchmark.run(emit: { print($0.jsonLine) })
                case "scrypt":
                    try ScryptBenchmark.run(emit: { print($0.jsonLine) })
                case "registry":
                    try await RegistryBenchmark.run(emit: { print($0.jsonLine) }, projects: projects, members: max(projects / 5, 1))
                case "captable":
                    try CapTableBenchmark.run(emit: { print($0.jsonLine) })
                case "challenge":
                    try await ChallengeBenchmark.run(emit: { print($0.jsonLine) })
                case "contracts":
                    try ContractBenchmark.run(emit: { print($0.jsonLine) })
                case "pages":
                    try await PagesBenchmark.run(emit: { print($0.jsonLine) })
                case "mail":
                    try await MailBenchmark.run(emit: { print($0.jsonLine) })
                case "scale":
                    try await ScaleBenchmark.run(emit: { print($0.jsonLine) }, projects: projects)
                case "tiles":
                    try await TilesBenchmark.run(emit: { print($0.jsonLine) }, entries: tileEntries)
                default:
                    progress("unknown benchmark \(suite); available: ledger, http, scrypt, registry, captable, contracts, challenge, pages, mail, scale, tiles")
                    exit(2)
                }
            }
        } catch {
            progress("failed: \(error)")
            exit(1)
        }
    }

    /// Removes `name` and the number after it from `arguments`, returning the number.
    private static func takePositiveInteger(_ name: String, from arguments: inout [String]) -> Int? {
        guard let flag = arguments.firstIndex(of: name), flag + 1 < arguments.count,
              let value = Int(arguments[flag + 1]), value > 0 else { return nil }
        arguments.removeSubrange(flag...(flag + 1))
        return value
    }
}
