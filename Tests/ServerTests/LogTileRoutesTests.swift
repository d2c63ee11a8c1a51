import Foundation
import Ledger
import Registry
import TestSupport
import Testing

@testable import Server

/// The ledger served as a tiled log under `/log/`: a verifier that knows only the C2SP
/// specs and the node's public key (Python's hashlib and the openssl command) checks the
/// signed checkpoint, recomputes its root from the tiles and each entry from its bundle.
@Suite struct LogTileRoutesTests {
    @Test func anOutsideVerifierChecksTheLogFromItsTiles() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let ledger = app.node.ledger
        try await ledger.write { transaction in
            for number in 0..<600 {
                _ = try transaction.append(kind: "test.note", payload: ["number": .integer(Int64(number))], author: ledger.nodeKey)
            }
        }
        let checkpoint = try await ledger.checkpoint()
        let size = checkpoint.checkpoint.size
        #expect(size > 600)
        let client = try APIClient(port: server.port)

        let served = try await client.send("GET", "/log/checkpoint")
        #expect(served.status == 200 && served.header("Content-Type") == "text/plain; charset=utf-8"
                && served.header("Cache-Control") == "public, max-age=2" && served.text == checkpoint.serialized())
        let tile = try await client.send("GET", "/log/tile/0/001")
        #expect(tile.status == 200 && tile.body.count == 8_192 && tile.header("Content-Type") == "application/octet-stream"
                && tile.header("Cache-Control") == "public, max-age=31536000, immutable")
        let partial = TilePath(kind: .hashes(level: 0), index: size / 256, width: size % 256)
        #expect(try await client.send("GET", "/log/" + partial.description).body.count == 32 * (size % 256))
        // An entry bundle comes gzip-compressed to a client that accepts it; Python's gzip inflates it to the same bytes.
        let bundle = try await client.send("GET", "/log/tile/entries/001")
        let zipped = try await client.send("GET", "/log/tile/entries/001", headers: [("Accept-Encoding", "gzip, identity")])
        #expect(bundle.header("Content-Encoding") == nil && zipped.header("Content-Encoding") == "gzip"
                && zipped.header("Vary") == "Accept-Encoding" && zipped.body.count * 3 < bundle.body.count)
        #expect(try Self.inflated(zipped.body) == bundle.body)
        #expect(try await client.send("GET", "/log/tile/0/001", headers: [("Accept-Encoding", "gzip")]).header("Content-Encoding") == nil,
                "hash tiles do not shrink, so they go as they are")
        #expect(try await client.send("GET", "/log/tile/entries/001", headers: [("Accept-Encoding", "gzip;q=0, identity")])
                    .header("Content-Encoding") == nil)
        let beyond = TilePath(kind: .entries, index: size / 256, width: size % 256 + 1)
        #expect(try await client.send("GET", "/log/" + beyond.description).status == 404, "the log does not hold it yet")
        for nonsense in ["/log/tile/0/1", "/log/tile/0/x001", "/log/tile/9/000", "/log/tile/entries/000.p/0", "/log/tile/%FF/000"] {
            #expect(try await client.send("GET", nonsense).status == 404, "\(nonsense)")
        }

        let verdict = try TileLogVerifier.tiles(base: "http://127.0.0.1:\(server.port)/log", origin: ledger.origin,
                                              publicKeyHex: ledger.nodeKey.publicKey.hex)
        #expect(verdict == "verified \(size) \(checkpoint.checkpoint.rootHash.hex)")
        await server.stop()
    }

    /// `bytes` inflated by Python's gzip module: a reader that is not ours.
    static func inflated(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import gzip, sys; sys.stdout.buffer.write(gzip.decompress(sys.stdin.buffer.read()))"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let inflated = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](inflated)
    }

    @Test func gzipOfAnyBytesInflatesBackToThem() throws {
        var generator = SystemRandomNumberGenerator()
        let samples: [[UInt8]] = [
            [], [7], Array("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".utf8),
            (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) },
            Array(String(repeating: #"{"kind":"project.stage","payload":{"from":"idea","to":"selected"},"seq":12345}"#, count: 900).utf8),
            (0..<100_000).map { UInt8(truncatingIfNeeded: $0 % 251 ^ ($0 >> 9)) },
        ]
        for sample in samples {
            #expect(try Self.inflated(Gzip.compress(sample)) == sample, "\(sample.count) bytes")
        }
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Gzip.isAccepted(by: "gzip, deflate, br") && Gzip.isAccepted(by: "*") && !Gzip.isAccepted(by: "gzip;q=0")
                && !Gzip.isAccepted(by: "identity") && !Gzip.isAccepted(by: nil))
    }
}
