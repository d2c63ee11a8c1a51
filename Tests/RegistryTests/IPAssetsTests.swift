import Foundation
import Ledger
import Testing

@testable import Registry

/// IP assets: exact splits, one deposit per content hash, receipts that prove priority,
/// and ledger entries that hold ids and numbers only.
@Suite struct IPAssetsTests {
    private func admittedMember(_ test: TestNode, name: String, kind: MemberKind = .person) async throws -> Member {
        let member = try await test.node.members.apply(MemberApplication(kind: kind, name: name))
        return try await test.node.members.setStatus(.admitted, of: member.id)
    }

    /// Signs the act with each waiting member's custodial key (made if it has none) and
    /// answers the asset the last signature leaves.
    private func signedByAll(_ request: IPConsentRequest?, _ test: TestNode) async throws -> IPAsset {
        let request = try #require(request, "the act should wait for consent")
        var outcome: IPActOutcome<IPAsset> = .pending(request)
        for member in request.waitingFor {
            if await test.node.memberKeys.keys(of: member).isEmpty { _ = try await test.node.memberKeys.createCustodialKey(for: member) }
            let signature = try await test.node.memberKeys.sign(statementBytes: try request.statementBytes, as: member)
            outcome = try await test.node.ipAssets.consent(to: request.id, by: member, signature: signature)
        }
        return try #require(outcome.done, "every signer has signed")
    }

    private func deposit(_ text: String, holders: [IPHolding], title: String = "Цифровой гид по Глазову") -> IPDeposit {
        IPDeposit(kind: .software, title: title, description: "Мобильное приложение для туристов",
                  contentSHA256: SHA256.hash(Array(text.utf8)), holders: holders)
    }

    @Test func sharesMustSumToExactlyTheWhole() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let anna = try await admittedMember(test, name: "Анна")
        let boris = try await admittedMember(test, name: "Борис")
        for units in [(6_000, 3_999), (6_000, 4_001), (10_000, 0), (-1, 10_001)] {
            await #expect(throws: RegistryValidationError.self) {
                try await test.node.ipAssets.deposit(deposit("v1", holders: [
                    IPHolding(memberID: anna.id, units: ShareUnits(units.0)),
                    IPHolding(memberID: boris.id, units: ShareUnits(units.1)),
                ]), by: anna.id)
            }
        }
        await #expect(throws: RegistryValidationError(field: "holders", rule: .sumMismatch(expected: 10_000, actual: 9_999, unit: .shareUnits))) {
            try await test.node.ipAssets.deposit(deposit("v1", holders: [
                IPHolding(memberID: anna.id, units: ShareUnits(6_000)), IPHolding(memberID: boris.id, units: ShareUnits(3_999)),
            ]), by: anna.id)
        }
        await #expect(throws: RegistryValidationError(field: "holders", rule: .usedTwice)) {
            try await test.node.ipAssets.deposit(deposit("v1", holders: [
                IPHolding(memberID: anna.id, units: ShareUnits(5_000)), IPHolding(memberID: anna.id, units: ShareUnits(5_000)),
            ]), by: anna.id)
        }
        #expect(try await test.node.ipAssets.assets(page: PageRequest()).items.isEmpty, "refused deposits write nothing")

        let asset = try await signedByAll(try await test.node.ipAssets.deposit(deposit("v1", holders: [
            IPHolding(memberID: anna.id, units: ShareUnits(6_000)), IPHolding(memberID: boris.id, units: ShareUnits(4_000)),
        ]), by: anna.id).pending, test)
        #expect(asset.holders.map(\.units.value) == [6_000, 4_000])
        await #expect(throws: RegistryValidationError.self) {
            try await test.node.ipAssets.assignHolders([IPHolding(memberID: anna.id, units: ShareUnits(9_999))], of: asset.id,
                                                       by: anna.id)
        }
        let reassigned = try await signedByAll(try await test.node.ipAssets.assignHolders(
            [IPHolding(memberID: boris.id, units: ShareUnits(7_500)), IPHolding(memberID: anna.id, units: ShareUnits(2_500))],
            of: asset.id, by: boris.id).pending, test)
        #expect(reassigned.holders == [IPHolding(memberID: boris.id, units: ShareUnits(7_500)),
                                       IPHolding(memberID: anna.id, units: ShareUnits(2_500))])
    }

    @Test func holdersMustBeMembersWhoHaveNotLeft() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let anna = try await admittedMember(test, name: "Анна")
        _ = try await test.node.members.setStatus(.left, of: anna.id)
        await #expect(throws: RegistryValidationError(field: "holders/0/member_id", rule: .notAdmitted)) {
            try await test.node.ipAssets.deposit(deposit("x", holders: [IPHolding(memberID: anna.id, units: .whole)]), by: anna.id)
        }
        await #expect(throws: RegistryValidationError(field: "holders/0/member_id", rule: .notFound(.member))) {
            try await test.node.ipAssets.deposit(deposit("x", holders: [
                IPHolding(memberID: MemberID(unchecked: "mem_" + String(repeating: "0", count: 32)), units: .whole),
            ]), by: nil)
        }
    }

    @Test func redepositingTheSameContentIsRefusedWithAPointerToTheEarlierDeposit() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let anna = try await admittedMember(test, name: "Анна")
        let first = try #require(try await test.node.ipAssets.deposit(
            deposit("the text", holders: [IPHolding(memberID: anna.id, units: .whole)]), by: anna.id).done?.asset)
        await #expect(throws: IPAssetAlreadyDeposited(assetID: first.id, depositSeq: first.depositSeq)) {
            try await test.node.ipAssets.deposit(deposit("the text", holders: [IPHolding(memberID: anna.id, units: .whole)],
                                                         title: "Другое название"), by: anna.id)
        }
        #expect(try await test.node.ipAssets.assets(page: PageRequest()).items.map(\.id) == [first.id])
    }

    @Test func receiptProvesTheDepositAndAFlippedByteFails() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let anna = try await admittedMember(test, name: "Анна")
        let asset = try #require(try await test.node.ipAssets.deposit(
            deposit("proof", holders: [IPHolding(memberID: anna.id, units: .whole)]), by: anna.id).done?.asset)
        let receipt = try await test.node.ipAssets.receipt(for: asset.id)
        let nodeKey = test.node.ledger.nodeKey.publicKey
        #expect(receipt.entry.entry.seq == asset.depositSeq)
        #expect(receipt.entry.entry.kind.name == "ip.deposit")
        #expect(receipt.checkpoint.checkpoint.size > asset.depositSeq)

        // The checkpoint's signature, with the node key under the ledger's origin.
        let verifier = try NoteVerifier(name: receipt.checkpoint.checkpoint.origin, publicKey: nodeKey)
        let opened = try SignedCheckpoint.open(receipt.checkpoint.serialized(), verifier: verifier)
        // The Ledger's own RFC 9162 proof verification, from the entry's leaf to that root.
        try receipt.proof.verify(leafHash: MerkleHash.leaf(receipt.entry.canonicalBytes), rootHash: opened.rootHash)
        #expect(nodeKey.isValidSignature(try #require(receipt.entry.signatures.first).signature, for: receipt.entry.canonicalBytes))
        try receipt.verify(nodeKey: nodeKey)

        // Once the writer has signed a later checkpoint, a receipt is proved against it.
        _ = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        _ = try await test.node.ledger.checkpoint()
        let later = try await test.node.ipAssets.receipt(for: asset.id)
        #expect(later.checkpoint.checkpoint.size > receipt.checkpoint.checkpoint.size)
        try later.verify(nodeKey: nodeKey)

        // Once a witness has cosigned a checkpoint that holds the deposit, the receipt carries
        // that checkpoint with the cosignature, and still verifies by the node's key.
        let witnessNode = try await TestNode.make()
        defer { witnessNode.remove() }
        let cosigner = try await witnessNode.node.witnessing.cosigner()
        try await test.node.witnesses.add(url: "http://127.0.0.1:9/witness", verifierKey: cosigner.verifier.verifierKey)
        let cosignature = try cosigner.cosign(later.checkpoint.checkpoint.body, at: 1_800_000_000)
        try await test.node.witnesses.record(witness: cosigner.verifier.name, cosignedSize: later.checkpoint.checkpoint.size,
                                             cosignature: cosignature)
        _ = try await test.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        _ = try await test.node.ledger.checkpoint()
        let cosigned = try await test.node.ipAssets.receipt(for: asset.id)
        #expect(cosigned.checkpoint.checkpoint.size == later.checkpoint.checkpoint.size, "the cosigned tree, not the newer one")
        #expect(cosigned.checkpoint.note.signatures.count == 2
            && cosigned.checkpoint.note.signatures.contains { cosigner.verifier.timestamp(of: $0, on: cosigned.checkpoint.note.text) != nil })
        try cosigned.verify(nodeKey: nodeKey)

        var hashes = later.proof.hashes
        let index = try #require(hashes.indices.first)
        var bytes = hashes[index].bytes
        bytes[7] ^= 0x01
        hashes[index] = try SHA256Digest(bytes: bytes)
        let flipped = InclusionProof(leafIndex: later.proof.leafIndex, treeSize: later.proof.treeSize, hashes: hashes)
        #expect(throws: MerkleError.self) {
            try flipped.verify(leafHash: MerkleHash.leaf(later.entry.canonicalBytes), rootHash: later.checkpoint.checkpoint.rootHash)
        }
        let forged = IPDepositReceipt(assetID: asset.id, entry: later.entry, proof: flipped, checkpoint: later.checkpoint)
        #expect(throws: (any Error).self) { try forged.verify(nodeKey: nodeKey) }
        let stranger = try Ed25519PrivateKey.generate().publicKey
        #expect(throws: (any Error).self) { try later.verify(nodeKey: stranger) }
    }

    @Test func ledgerEntriesHoldIdsAndNumbersButNoTitlesOrNames() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let city = try await test.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let anna = try await admittedMember(test, name: "Анна Ёлкина")
        let fund = try await admittedMember(test, name: "Фонд Прикамья", kind: .organisation)
        let asset = try #require(try await test.node.ipAssets.deposit(
            deposit("secret", holders: [IPHolding(memberID: anna.id, units: .whole)], title: "Умная остановка"), by: anna.id).done?.asset)
        _ = try await signedByAll(try await test.node.ipAssets.assignHolders(
            [IPHolding(memberID: anna.id, units: ShareUnits(5_000)), IPHolding(memberID: fund.id, units: ShareUnits(5_000))],
            of: asset.id, by: anna.id).pending, test)
        let period = (try #require(CalendarDate(rfc3339: "2026-01-01")), try #require(CalendarDate(rfc3339: "2026-12-31")))
        let toCity = try await test.node.ipAssets.grantLicence(
            LicenceGrant(licensee: .city(city.id), terms: "Бесплатно для муниципальных нужд", startsOn: period.0, endsOn: period.1),
            on: asset.id)
        _ = try await test.node.ipAssets.grantLicence(
            LicenceGrant(licensee: .organisation(fund.id), terms: "Роялти 5 %", startsOn: period.0, endsOn: period.1), on: asset.id)
        await #expect(throws: RegistryValidationError(field: "licensee_id", rule: .personCannotBeLicensee)) {
            try await test.node.ipAssets.grantLicence(
                LicenceGrant(licensee: .organisation(anna.id), terms: "x", startsOn: period.0, endsOn: period.1), on: asset.id)
        }
        await #expect(throws: RegistryValidationError(field: "ends_on", rule: .endsBeforeStart)) {
            try await test.node.ipAssets.grantLicence(
                LicenceGrant(licensee: .city(city.id), terms: "x", startsOn: period.1, endsOn: period.0), on: asset.id)
        }
        let stored = try #require(try await test.node.ipAssets.asset(id: asset.id))
        #expect(stored.licences.map(\.licensee) == [.city(city.id), .organisation(fund.id)])
        #expect(stored.licences.first == toCity)

        let entries = try await test.node.ledger.entries(from: 0, limit: 10_000)
        let kinds = entries.map(\.entry.kind.name)
        #expect(kinds.filter { $0.hasPrefix("ip.") } == ["ip.deposit", "ip.assign", "ip.licence", "ip.licence"])
        let text = entries.map { String(decoding: $0.canonicalBytes, as: UTF8.self) }.joined(separator: "\n")
        for words in ["Умная", "остановка", "Мобильное", "Анна", "Ёлкина", "Фонд", "Бесплатно", "Роялти"] {
            #expect(!text.contains(words), "the ledger must not hold \(words)")
        }
        #expect(text.contains(asset.contentSHA256.hex) && text.contains(#""units":5000"#) && text.contains(fund.id.rawValue))
    }
}
