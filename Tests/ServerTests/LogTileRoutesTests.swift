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
}
