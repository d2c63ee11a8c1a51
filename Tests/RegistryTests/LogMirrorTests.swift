import Foundation
import Ledger
import Testing

@testable import Registry

/// A follower's mirror of another log, fed the log's own entry bundles: it reaches the
/// log's checkpoint and reads its acts; a bundle cut short, an entry changed, entries out
/// of order or a root that is not the log's are each refused with the case that says so.
@Suite struct LogMirrorTests {
    @Test func aMirrorReachesTheCheckpointAndRefusesAnythingElse() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        for number in 0..<300 { _ = try await test.node.cities.register(name: "Село \(number)", region: "Область", population: nil) }
        let checkpoint = try await test.node.ledger.checkpoint().checkpoint
        let bundles = try await test.node.database.read { connection in
            try LogMirror(frontier: MerkleFrontier(), lastEntryHash: nil).bundles(upTo: checkpoint.size).map { bundle in
                (bundle, try LedgerRecords(connection).tile(TilePath(kind: .entries, index: bundle.index, width: bundle.width)) ?? [])
            }
        }
        #expect(bundles.map(\.0.width) == [256, checkpoint.size - 256])

        var mirror = LogMirror(frontier: MerkleFrontier(), lastEntryHash: nil)
        for (bundle, bytes) in bundles { try mirror.append(bundle: bytes, index: bundle.index, width: bundle.width) }
        try mirror.verify(reaching: checkpoint, from: 0)
        #expect(mirror.acts.filter { if case .town = $0 { true } else { false } }.count == 300)
        #expect(throws: MirrorFailure.inconsistent(from: 0, to: checkpoint.size)) {
            try mirror.verify(reaching: try Checkpoint(origin: checkpoint.origin, size: checkpoint.size, rootHash: SHA256.hash([1])), from: 0)
        }

        // Resuming from the middle of a tile skips what the mirror holds and ends at the same root.
        var first = LogMirror(frontier: MerkleFrontier(), lastEntryHash: nil)
        try first.append(bundle: bundles[0].1, index: 0, width: 256)
        var resumed = LogMirror(frontier: try MerkleFrontier(size: 256, rightEdge: first.frontier.nodes.map(\.hash)),
                                lastEntryHash: first.lastEntryHash)
        try resumed.append(bundle: bundles[1].1, index: 1, width: bundles[1].0.width)
        try resumed.verify(reaching: checkpoint, from: 256)

        let bytes = bundles[0].1
        var fresh: LogMirror { LogMirror(frontier: MerkleFrontier(), lastEntryHash: nil) }
        func refusal(_ changed: [UInt8]) -> MirrorFailure? {
            var mirror = fresh
            do { try mirror.append(bundle: changed, index: 0, width: 256) } catch { return error }
            return nil
        }
        #expect(refusal(Array(bytes.dropLast(10)))?.code == "malformed_bundle", "cut short")
        var changed = bytes
        let digit = try #require(changed.indices.first { index in changed[index] == UInt8(ascii: "0") && index > 40 })
        changed[digit] = UInt8(ascii: "1")
        #expect(refusal(changed) != nil, "an entry changed no longer chains or hashes as before")
        let length = Int(bytes[0]) << 8 | Int(bytes[1])
        let secondLength = Int(bytes[2 + length]) << 8 | Int(bytes[3 + length])
        let swapped = Array(bytes[(2 + length)..<(4 + length + secondLength)]) + Array(bytes[0..<(2 + length)])
            + Array(bytes[(4 + length + secondLength)...])
        #expect(refusal(swapped) == .malformedBundle(tile: 0, reason: "entry 0 says it is entry 1"))
        #expect(refusal(bytes + [0, 0]) == .malformedBundle(tile: 0, reason: "it holds more than 256 entries"))
    }
}
