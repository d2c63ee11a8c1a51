import Glibc

/// `glocal-bench [ledger] [http] [scrypt] [contracts] [--proof-entries N]`: runs the benchmarks and prints one JSON line per figure.
@main
enum GlocalBench {
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var proofEntries = 1_000_000
        if let flag = arguments.firstIndex(of: "--proof-entries"), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]), value > 0 {
            proofEntries = value
            arguments.removeSubrange(flag...(flag + 1))
        }
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
                case "contracts":
                    try ContractBenchmark.run(emit: { print($0.jsonLine) })
                default:
                    progress("unknown benchmark \(suite); available: ledger, http, scrypt, contracts")
                    exit(2)
                }
            }
        } catch {
            progress("failed: \(error)")
            exit(1)
        }
    }
}
