import Foundation
import Testing
import Ledger

/// Project Wycheproof's Ed25519 verification cases, run through `isValidSignature`.
struct Ed25519WycheproofTests {
    struct Suite: Decodable {
        let numberOfTests: Int
        let testGroups: [Group]
    }

    struct Group: Decodable {
        struct Key: Decodable { let pk: String }
        let publicKey: Key
        let tests: [Case]
    }

    struct Case: Decodable {
        let tcId: Int
        let comment: String
        let msg: String
        let sig: String
        let result: String
    }

    @Test func everyCaseGetsItsExpectedVerdict() throws {
        let suite = try JSONDecoder().decode(Suite.self, from: Data(Fixture.bytes("ed25519/wycheproof-ed25519_test.json")))
        var counts: [String: Int] = [:]
        for group in suite.testGroups {
            let key = try Ed25519PublicKey(hex: group.publicKey.pk)
            for test in group.tests {
                let message = try Hex.decode(test.msg)
                // Truncated or overlong signatures cannot even be represented, which is a refusal.
                let verified = (try? Ed25519Signature(hex: test.sig)).map { key.isValidSignature($0, for: message) } ?? false
                switch test.result {
                case "valid":
                    #expect(verified, "tcId \(test.tcId) (\(test.comment)) should verify")
                case "invalid":
                    #expect(!verified, "tcId \(test.tcId) (\(test.comment)) should not verify")
                default:
                    // "acceptable" permits either verdict; this file has none, and any that
                    // appeared would be counted below without constraining the verdict.
                    break
                }
                counts[test.result, default: 0] += 1
            }
        }
        #expect(counts.values.reduce(0, +) == 151)
        #expect(suite.numberOfTests == 151)
        #expect(counts == ["valid": 88, "invalid": 63])
    }
}
