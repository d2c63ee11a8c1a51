import Foundation
import Ledger
import Testing

@testable import Registry

/// A follower's mirror of another log, fed the log's own entry bundles: it reaches the
/// log's checkpoint and reads its acts, also resumed mid-tile; a bundle cut short, an entry
/// changed, entries out of order or a root that is not the log's are each refused with the
/// case that says so, and entries that do not follow the mirrored ones are a contradiction.
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
        try first.append(bundle: Self.prefix(of: bundles[0].1, entries: 100), index: 0, width: 100)
        var resumed = LogMirror(frontier: try MerkleFrontier(size: 100, rightEdge: first.frontier.nodes.map(\.hash)),
                                lastEntryHash: first.lastEntryHash)
        for (bundle, bytes) in bundles { try resumed.append(bundle: bytes, index: bundle.index, width: bundle.width) }
        try resumed.verify(reaching: checkpoint, from: 100)

        // Another log's entries past the mirrored 100 do not follow them: the mirrored
        // history was rewritten, which is a contradiction (kept as evidence), not damage.
        let other = try await TestNode.make()
        defer { other.remove() }
        for number in 0..<120 { _ = try await other.node.cities.register(name: "Деревня \(number)", region: "Край", population: nil) }
        let rewritten = try await other.node.database.read { try LedgerRecords($0).tile(TilePath(kind: .entries, index: 0, width: 120)) ?? [] }
        var continued = LogMirror(frontier: try MerkleFrontier(size: 100, rightEdge: first.frontier.nodes.map(\.hash)),
                                  lastEntryHash: first.lastEntryHash)
        #expect(throws: MirrorFailure.inconsistent(from: 100, to: 101)) {
            try continued.append(bundle: rewritten, index: 0, width: 120)
        }

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

    /// The first `entries` entries of a bundle, as a partial bundle of that width holds them.
    static func prefix(of bundle: [UInt8], entries: Int) -> [UInt8] {
        var offset = 0
        for _ in 0..<entries { offset += 2 + (Int(bundle[offset]) << 8 | Int(bundle[offset + 1])) }
        return Array(bundle[..<offset])
    }
}
