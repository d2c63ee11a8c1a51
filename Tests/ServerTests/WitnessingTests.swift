import Foundation
import Ledger
import Registry
import TestSupport
import Testing

@testable import Server

/// Three towns' nodes on loopback, each witnessing the other two (C2SP tlog-witness and
/// tlog-cosignature): every checkpoint comes to carry two cosignatures an outside party
/// checks with the witnesses' keys; a witness that was down cosigns again from where it
/// left off; a forked checkpoint (same size, another root) is refused and kept as evidence.
@Suite struct WitnessingTests {
    @Test func threeTownsWitnessEachOtherAndAForkIsKeptAsEvidence() async throws {
        var towns = try await LoopbackTown.witnessingEachOther(["glazov", "kurgan", "astrakhan"])
        defer { for town in towns { town.app.remove() } }
        for town in towns {
            _ = try await town.node.cities.register(name: "Город", region: "Область", population: nil)
            _ = try await town.node.ledger.checkpoint()
            #expect(try await WitnessRequester(node: town.node).round().count == 2)
        }

        // Each town's checkpoint, as served, carries its own signature and two cosignatures.
        let glazov = towns[0]
        let served = try await APIClient(port: glazov.server.port).send("GET", "/log/checkpoint").text
        let note = try SignedNote.parse(served)
        let checkpoint = try Checkpoint(parsing: note.text)
        #expect(try note.verify(with: [glazov.node.ledger.noteVerifier]).count == 1)
        let witnessKeys = try towns.dropFirst().map { try $0.node.witnessing.cosigner().verifier }
        #expect(witnessKeys.allSatisfy { key in note.signatures.contains { key.timestamp(of: $0, on: note.text) != nil } })
        #expect(checkpoint.size == (await glazov.node.ledger.size))
        // A proof of an entry is given against that cosigned checkpoint, cosignatures and all.
        let proof = try await APIClient(port: glazov.server.port).send("GET", "/api/v1/ledger/entries/1/tlog-proof").text
        #expect(proof.hasPrefix("c2sp.org/tlog-proof@v1\nindex 1\n") && proof.hasSuffix(served))

        // Kurgan's node goes down; Glazov grows; Kurgan comes back and cosigns from where it was.
        await towns[1].server.stop()
        for number in 0..<20 { _ = try await glazov.node.cities.register(name: "Село \(number)", region: "Область", population: nil) }
        _ = try await glazov.node.ledger.checkpoint()
        #expect(try await WitnessRequester(node: glazov.node).round() == ["astrakhan.glocal.example/log/witness"])
        towns[1] = try towns[1].restarted()
        try await glazov.node.witnesses.add(url: towns[1].witnessURL, verifierKey: try towns[1].node.witnessing.cosigner().verifier.verifierKey)
        #expect(try await WitnessRequester(node: glazov.node).round() == ["kurgan.glocal.example/log/witness"])
        let caughtUp = try SignedNote.parse(try await APIClient(port: glazov.server.port).send("GET", "/log/checkpoint").text)
        #expect(caughtUp.signatures.count == 3)
        let witnesses = try towns.dropFirst().map { town in
            let key = try town.node.witnessing.cosigner().verifier
            return (key.name, key.publicKey.hex)
        }
        #expect(try TileLogVerifier.tiles(base: "http://127.0.0.1:\(glazov.server.port)/log", origin: glazov.node.ledger.origin,
                                          publicKeyHex: glazov.node.ledger.nodeKey.publicKey.hex, witnesses: witnesses)
                == "verified \(await glazov.node.ledger.size) \(await glazov.node.ledger.rootHash.hex)")
        #expect(try TileLogVerifier.tiles(base: "http://127.0.0.1:\(glazov.server.port)/log", origin: glazov.node.ledger.origin,
                                          publicKeyHex: glazov.node.ledger.nodeKey.publicKey.hex,
                                          witnesses: [("stranger.example/witness", glazov.node.ledger.nodeKey.publicKey.hex)]).hasPrefix("failed:"))

        // A forked checkpoint: Glazov's key signs another tree of the size Kurgan cosigned.
        let size = await glazov.node.ledger.size
        let signer = try NoteSigner(name: glazov.node.ledger.origin, privateKey: glazov.node.ledger.nodeKey)
        let forged = try SignedCheckpoint.sign(checkpoint: try Checkpoint(origin: glazov.node.ledger.origin, size: size,
                                                                          rootHash: SHA256.hash(Array("another tree".utf8))), signer: signer)
        let client = try APIClient(port: towns[1].server.port)
        let fork = try await client.send("POST", WitnessRoutes.prefix + "/add-checkpoint", json: "old \(size)\n\n" + forged.serialized(),
                                         contentType: "text/plain")
        #expect(fork.status == 409 && fork.header("Content-Type") == "application/problem+json", "\(fork.status) \(fork.text)")
        let evidence = try await towns[1].node.witnessing.evidence()
        #expect(evidence.map(\.reason) == ["fork"] && evidence.first?.claimedCheckpoint == forged.serialized())
        let stale = try await client.send("POST", WitnessRoutes.prefix + "/add-checkpoint", json: "old 1\n\n" + forged.serialized(),
                                          contentType: "text/plain")
        #expect(stale.status == 409 && stale.header("Content-Type") == "text/x.tlog.size" && stale.text == "\(size)\n")
        let stranger = try NoteSigner(name: "elsewhere.example/log", privateKey: try Ed25519PrivateKey.generate())
        let unknown = try SignedCheckpoint.sign(checkpoint: try Checkpoint(origin: "elsewhere.example/log", size: 1,
                                                                           rootHash: SHA256.hash([1])), signer: stranger)
        #expect(try await client.send("POST", WitnessRoutes.prefix + "/add-checkpoint", json: "old 0\n\n" + unknown.serialized(),
                                      contentType: "text/plain").status == 404)
        let impostor = try SignedCheckpoint.sign(checkpoint: try Checkpoint(origin: glazov.node.ledger.origin, size: size + 5,
                                                                            rootHash: SHA256.hash([2])),
                                                 signer: try NoteSigner(name: glazov.node.ledger.origin, privateKey: try Ed25519PrivateKey.generate()))
        #expect(try await client.send("POST", WitnessRoutes.prefix + "/add-checkpoint", json: "old \(size)\n\n" + impostor.serialized(),
                                      contentType: "text/plain").status == 403)
        #expect(try await client.send("POST", WitnessRoutes.prefix + "/add-checkpoint", json: "nonsense",
                                      contentType: "text/plain").status == 400)
        for town in towns { await town.server.stop() }
    }
}
