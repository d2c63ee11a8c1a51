import Foundation
import Ledger
import Testing

@testable import Registry

/// A ledger receipt checks the same in memory and in its published JSON form, and its
/// JSON form refuses members that disagree with the signed bytes.
@Suite struct LedgerReceiptTests {
    @Test func thePublishedFormVerifiesAndRefusesAHashThatDisagrees() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let city = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let seq = try #require(try test.column("seq", "SELECT seq FROM ledger_entry ORDER BY seq DESC LIMIT 1").first.flatMap { Int($0) })
        let ledger = test.node.ledger
        let checkpoint = try await ledger.checkpoint()
        let receipt = LedgerReceipt(entry: try await ledger.entry(seq),
                                    proof: try await ledger.inclusionProof(seq: seq, treeSize: checkpoint.checkpoint.size),
                                    checkpoint: checkpoint)
        let nodeKey = ledger.nodeKey.publicKey
        try receipt.verify(nodeKey: nodeKey)
        let entry = try LedgerReceipt.verify(json: receipt.json, nodeKey: nodeKey)
        #expect(entry.kind.name == "city.register" && entry.payload["city_id"]?.stringValue == city.id.rawValue)

        var tampered = receipt.json
        var published = try #require(tampered["entry"]?.objectValue)
        published["hash"] = .string(String(repeating: "0", count: 64))
        tampered["entry"] = .object(published)
        #expect(throws: ReceiptInvalid(reason: "the entry's seq or hash differs from its canonical bytes")) {
            try LedgerReceipt.verify(json: tampered, nodeKey: nodeKey)
        }
    }
}
