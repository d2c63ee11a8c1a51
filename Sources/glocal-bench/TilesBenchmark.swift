import Foundation
import Glibc
import Ledger
import Registry
import Server

/// `glocal-bench tiles`: the ledger read as a tiled log (C2SP tlog-tiles) over HTTP. A
/// ledger of `entries` entries of a project's size is built; then, under 64 connections,
/// requests/s and p99 for the checkpoint, a full tile of hashes and a full entry bundle
/// beside `/healthz` of the same server; the bytes a copy of the log takes per entry
/// (tiles and bundles); and a follower catching up on the whole log over one connection —
/// every level-0 tile and entry bundle fetched, each entry checked against its leaf hash
/// and the root recomputed — beside the same check reading the database directly; the
/// same catch-up by another town's node (`FederationFollower`), which also reads each
/// entry and mirrors its projects, beside that raw one; and the
/// round trip of asking another town's node to cosign a new checkpoint (C2SP tlog-witness)
/// beside signing the checkpoint itself.
enum TilesBenchmark {
    static let batch = 1_000

    static func run(emit: @Sendable (BenchmarkFigure) -> Void, entries: Int) async throws {
        let folder = try temporaryDirectory()
        defer { removeTree(folder) }
        let data = DataFolder(path: folder + "/node")
        _ = try await data.initialise(origin: "bench.glocal.example/log", durability: .normal)
        let node = try await data.openNode(durability: .normal)
        let key = node.ledger.nodeKey
        var text = BenchText(seed: 11)
        for start in stride(from: 0, to: entries, by: batch) {
            let payloads: [JSONObject] = (start..<min(start + batch, entries)).map { number in
                ["project_id": .string("prj_" + String(repeating: "0", count: 32 - String(number, radix: 16).count) + String(number, radix: 16)),
                 "title": .string(text.sentence(words: 5)), "summary_sha256": .string(String(repeating: "ab", count: 32)),
                 "city_id": .string("cty_" + String(repeating: "7", count: 32)), "stage": "idea"]
            }
            try await node.ledger.write { transaction in
                for payload in payloads { _ = try transaction.append(kind: "project.create", payload: payload, author: key) }
            }
        }
        let checkpoint = try await node.ledger.checkpoint()
        let size = checkpoint.checkpoint.size
        progress("built a ledger of \(size) entries")

        let application = try GlocalApplication(node: node, log: .discard)
        let server = HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 2), responder: application.router)
        let port = try server.start()
        let healthz = HTTPBenchmark.load(port: port, path: "/healthz")
        let middle = size / 512
        for (name, path) in [("tiles.checkpoint", "/log/checkpoint"),
                             ("tiles.hash_tile", "/log/" + TilePath(kind: .hashes(level: 0), index: middle).description),
                             ("tiles.entry_bundle", "/log/" + TilePath(kind: .entries, index: middle).description)] {
            let result = HTTPBenchmark.load(port: port, path: path)
            emit(BenchmarkFigure(name: name + "_requests_per_second", value: result.requestsPerSecond, unit: "requests/s",
                                 baselineName: "http_healthz_same_server", baselineValue: healthz.requestsPerSecond))
            emit(BenchmarkFigure(name: name + "_latency_p99", value: result.p99Milliseconds, unit: "ms",
                                 baselineName: "http_healthz_same_server", baselineValue: healthz.p99Milliseconds))
        }

        // The same bundle to a client that accepts gzip: compressed on each request.
        let bundlePath = TilePath(kind: .entries, index: middle)
        let identity = HTTPBenchmark.load(port: port, path: "/log/" + bundlePath.description)
        let zipped = HTTPBenchmark.load(port: port, path: "/log/" + bundlePath.description, headers: "Accept-Encoding: gzip\r\n")
        emit(BenchmarkFigure(name: "tiles.entry_bundle_gzip_requests_per_second", value: zipped.requestsPerSecond, unit: "requests/s",
                             baselineName: "tiles.entry_bundle_identity_requests_per_second", baselineValue: identity.requestsPerSecond))
        let bundle = try await node.database.read { try LedgerRecords($0).tile(bundlePath) } ?? []
        emit(BenchmarkFigure(name: "tiles.entry_bundle_gzip_bytes_per_entry", value: Double(Gzip.compress(bundle).count) / Double(TilePath.fullWidth),
                             unit: "bytes", baselineName: "entry_bundle_identity_bytes_per_entry",
                             baselineValue: Double(bundle.count) / Double(TilePath.fullWidth)))

        let paths = TilePath.all(forTreeSize: size)
        let (hashBytes, bundleBytes) = try await node.database.read { connection in
            let records = LedgerRecords(connection)
            var hashes = 0
            var bundles = 0
            for path in paths {
                let count = try records.tile(path)?.count ?? 0
                if path.kind == .entries { bundles += count } else { hashes += count }
            }
            return (hashes, bundles)
        }
        emit(BenchmarkFigure(name: "tiles.bytes_per_entry", value: Double(hashBytes + bundleBytes) / Double(size), unit: "bytes",
                             baselineName: "entry_bundle_bytes_per_entry", baselineValue: Double(bundleBytes) / Double(size)))

        let direct = Stopwatch()
        let directRoot = try await node.database.read { connection in
            let records = LedgerRecords(connection)
            return try follow(size: size) { try records.tile($0) ?? [] }
        }
        let directRate = Double(size) / direct.seconds
        guard let socket = BenchSocket.connect(port: port) else { throw BenchmarkError.cannotListen }
        defer { close(socket) }
        let fetched = Stopwatch()
        let fetchedRoot = try follow(size: size) { try get(socket, "/log/" + $0.description) }
        let fetchedRate = Double(size) / fetched.seconds
        guard directRoot == checkpoint.checkpoint.rootHash, fetchedRoot == directRoot else {
            throw TilesBenchmarkError.rootMismatch
        }
        emit(BenchmarkFigure(name: "tiles.follower_catch_up_entries_per_second", value: fetchedRate, unit: "entries/s (1 connection)",
                             baselineName: "same_check_reading_the_database", baselineValue: directRate))
        let mirrored = try await federationCatchUp(url: "http://127.0.0.1:\(port)", node: node, folder: folder)
        emit(BenchmarkFigure(name: "tiles.federation_catch_up_entries_per_second", value: mirrored, unit: "entries/s",
                             baselineName: "tiles.follower_catch_up_entries_per_second", baselineValue: fetchedRate))
        emit(BenchmarkFigure(name: "tiles.federation_catch_up_seconds_per_million_entries", value: 1_000_000 / mirrored, unit: "s",
                             baselineName: "tiles.follower_catch_up_seconds_per_million_entries", baselineValue: 1_000_000 / fetchedRate))
        try await witnessRoundTrip(node: node, folder: folder, emit: emit)
        await server.shutdown()
        emit(BenchmarkFigure(name: "tiles.follower_catch_up_seconds_per_million_entries", value: 1_000_000 / fetchedRate, unit: "s",
                             baselineName: "same_check_reading_the_database", baselineValue: 1_000_000 / directRate))
    }

    /// Another town's node follows this one from nothing (`FederationFollower`): every
    /// entry bundle fetched, each entry read, checked into the tree and chained, the root
    /// checked against the checkpoint, and every project mirrored into its database in one
    /// transaction. Answers entries per second.
    private static func federationCatchUp(url: String, node: Node, folder: String) async throws -> Double {
        let data = DataFolder(path: folder + "/follower")
        _ = try await data.initialise(origin: "bench.glocal.example/follower-town", durability: .normal)
        let follower = try await data.openNode(durability: .normal)
        try await follower.federation.follow(url: url, verifierKey: node.ledger.noteVerifier.verifierKey)
        let clock = Stopwatch()
        _ = try await FederationFollower(node: follower).round()
        let seconds = clock.seconds
        let size = await node.ledger.size
        guard let followed = try await follower.federation.followed().first, followed.size == size, followed.failureCode == nil else {
            throw TilesBenchmarkError.rootMismatch
        }
        progress("a follower mirrored \(size) entries in \(seconds) s")
        return Double(size) / seconds
    }

    /// Another town's node witnesses this one; each round appends ten entries, signs a
    /// checkpoint and asks the witness, which checks the consistency proof and cosigns.
    private static func witnessRoundTrip(node: Node, folder: String, emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        let other = DataFolder(path: folder + "/witness")
        _ = try await other.initialise(origin: "bench.glocal.example/witness-town", durability: .normal)
        let witness = try await other.openNode(durability: .normal)
        let server = HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 1),
                                responder: try GlocalApplication(node: witness, log: .discard).router)
        let port = try server.start()
        try await witness.witnessing.follow(verifierKey: node.ledger.noteVerifier.verifierKey)
        try await node.witnesses.add(url: "http://127.0.0.1:\(port)/witness", verifierKey: try witness.witnessing.cosigner().verifier.verifierKey)
        let requester = WitnessRequester(node: node)
        var asking: [Double] = []
        var signing: [Double] = []
        for round in 0..<200 {
            try await node.ledger.write { transaction in
                for number in 0..<10 {
                    _ = try transaction.append(kind: "bench.note", payload: ["round": .integer(Int64(round)), "n": .integer(Int64(number))],
                                               author: node.ledger.nodeKey)
                }
            }
            let signed = Stopwatch()
            _ = try await node.ledger.checkpoint()
            signing.append(signed.seconds * 1000)
            let asked = Stopwatch()
            guard try await requester.round().count == 1 else { throw TilesBenchmarkError.notServed("/witness/add-checkpoint") }
            asking.append(asked.seconds * 1000)
        }
        await server.shutdown()
        func percentile(_ values: [Double], _ fraction: Double) -> Double { values.sorted()[Int(Double(values.count - 1) * fraction)] }
        emit(BenchmarkFigure(name: "tiles.witness_round_trip_p50", value: percentile(asking, 0.5), unit: "ms",
                             baselineName: "checkpoint_signing_p50", baselineValue: percentile(signing, 0.5)))
        emit(BenchmarkFigure(name: "tiles.witness_round_trip_p99", value: percentile(asking, 0.99), unit: "ms",
                             baselineName: "checkpoint_signing_p99", baselineValue: percentile(signing, 0.99)))
    }

    /// What a follower does with a log of `size` entries: each level-0 tile and its entry
    /// bundle, every entry hashed and compared with its leaf, and the root of all leaves.
    private static func follow(size: Int, fetch: (TilePath) throws -> [UInt8]) throws -> SHA256Digest {
        var frontier = MerkleFrontier()
        for index in 0..<((size + 255) / 256) {
            let width = min(TilePath.fullWidth, size - index * TilePath.fullWidth)
            let hashes = try fetch(TilePath(kind: .hashes(level: 0), index: index, width: width))
            let bundle = try fetch(TilePath(kind: .entries, index: index, width: width))
            var offset = 0
            for position in 0..<width {
                guard offset + 2 <= bundle.count, hashes.count == 32 * width else { throw TilesBenchmarkError.shortTile }
                let length = Int(bundle[offset]) << 8 | Int(bundle[offset + 1])
                let leaf = bundle.withUnsafeBytes { MerkleHash.leaf(UnsafeRawBufferPointer(rebasing: $0[(offset + 2)..<(offset + 2 + length)])) }
                guard leaf.bytes[...] == hashes[(32 * position)..<(32 * position + 32)] else { throw TilesBenchmarkError.rootMismatch }
                _ = frontier.append(leafHash: leaf)
                offset += 2 + length
            }
        }
        return frontier.root()
    }

    /// One GET over a kept-alive connection; the body of its 200 answer.
    private static func get(_ socket: Int32, _ path: String) throws -> [UInt8] {
        BenchSocket.sendAll(socket, Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let length = BenchSocket.completeResponseLength(received) {
                let head = String(decoding: received.prefix(12), as: UTF8.self)
                guard head.hasSuffix("200") else { throw TilesBenchmarkError.notServed(path) }
                let headEnd = received.firstRange(of: [13, 10, 13, 10])!.upperBound
                return Array(received[headEnd..<length])
            }
            let count = recv(socket, &chunk, chunk.count, 0)
            guard count > 0 else { throw TilesBenchmarkError.notServed(path) }
            received += chunk[0..<count]
        }
    }
}

enum TilesBenchmarkError: Error {
    case rootMismatch
    case shortTile
    case notServed(String)
}
