import Glibc
import Ledger

// Appends to a ledger from several concurrent writers until killed, printing
// "ack <seq> <hash>" to stdout after each append is acknowledged (durable).
// The crash-recovery test kills this process with SIGKILL at random moments and
// checks that every acknowledged entry survived.
//
// usage: ledger-crash-writer <database> <node-key-file> <writers>

let arguments = CommandLine.arguments
guard arguments.count == 4, let writers = Int(arguments[3]), writers > 0 else {
    let message = "usage: ledger-crash-writer <database> <node-key-file> <writers>\n"
    _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(2)
}

func acknowledge(_ receipt: EntryReceipt) {
    let line = "ack \(receipt.seq) \(receipt.hash.hex)\n"
    _ = line.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
}

do {
    let key = try KeyFile.readPrivateKey(at: arguments[2])
    let ledger = try await Ledger.open(at: arguments[1], nodeKey: key)
    try await withThrowingTaskGroup(of: Void.self) { group in
        for writer in 0..<writers {
            group.addTask {
                var counter: Int64 = 0
                while true {
                    counter += 1
                    let payload: JSONObject = ["writer": .integer(Int64(writer)), "n": .integer(counter), "padding": .string(String(repeating: "x", count: Int(counter % 300)))]
                    acknowledge(try await ledger.append(kind: "test.crash", payload: payload))
                }
            }
        }
        try await group.waitForAll()
    }
} catch {
    let message = "ledger-crash-writer: \(error)\n"
    _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(1)
}
