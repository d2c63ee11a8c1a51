import Foundation
import Ledger
import Registry

/// The JSON bodies of the contract operations.
enum ContractBodies {
    /// The proposal without its terms, which are read as the ledger's own JSON.
    struct ProposeRequest: Decodable {
        let legalText: String
        let projectId: ProjectID?
        let representatives: [Representative]?
    }

    struct Representative: Codable {
        let party: PartyID
        let memberId: MemberID
    }

    struct SignatureBody: Decodable {
        let keyId: String
        let signature: String
    }

    /// `signature` made by a key the member holds; without it the node signs with the
    /// member's custodial key. `key_id` names the key a preview's statement is for.
    struct SignRequest: Decodable {
        let party: PartyID
        let signature: SignatureBody?
        let keyId: String?
    }

    struct AttestRequest: Decodable {
        let milestone: String
        let attester: PartyID
        let signature: SignatureBody?
    }

    struct AmountRequest: Decodable {
        let amountKopecks: Int64
    }

    struct Holding: Decodable {
        let party: PartyID
        let units: Int64
    }

    struct RevenueRequest: Decodable {
        let amountKopecks: Int64
        let holders: [Holding]?
    }

    struct PartyAmountRequest: Decodable {
        let party: PartyID
        let amountKopecks: Int64
    }

    struct TerminationRequest: Decodable {
        let by: [PartyID]
    }

    struct PartyView: Encodable {
        let party: String
        let role: String
        let actingMemberId: String?
        let signed: Bool
        let keyId: String?
        let signedSeq: Int?

        init(_ signatory: ContractSignatory) {
            party = signatory.party.id.rawValue
            role = signatory.party.role
            actingMemberId = signatory.actingMember?.rawValue
            signed = signatory.hasSigned
            keyId = signatory.keyID?.hex
            signedSeq = signatory.signedSeq
        }
    }

    struct Balance: Encodable {
        let party: String
        let balanceKopecks: Int64
    }

    struct Part: Encodable {
        let party: String
        let amountKopecks: Int64
    }

    struct DistributionView: Encodable {
        let date: String
        let event: String
        let amountKopecks: Int64
        let parts: [Part]

        init(_ distribution: Distribution) {
            date = distribution.date.rfc3339
            event = distribution.event
            amountKopecks = distribution.amount
            parts = distribution.parts.sorted { $0.key < $1.key }.map { Part(party: $0.key.rawValue, amountKopecks: $0.value) }
        }
    }

    /// A contract with its terms, who has signed, and the balances its events produced.
    struct ContractView: Encodable {
        let id: String
        let kind: String
        let projectId: String?
        let status: String
        let terms: EncodedJSON
        let legalText: String
        let textSha256: String
        let termsSha256: String
        let parties: [PartyView]
        let representatives: [Representative]
        let balances: [Balance]
        let distributions: [DistributionView]
        let outstandingCostsKopecks: Int64
        let pledgedTotalKopecks: Int64
        let targetMet: Bool?
        let releasedMilestones: [String]
        let proposeSeq: Int
        let createdAt: String

        init(_ contract: Contract) {
            let state = contract.state
            id = contract.id.rawValue
            kind = contract.kind.rawValue
            projectId = contract.projectID?.rawValue
            status = contract.status.rawValue
            terms = EncodedJSON(contract.terms.json)
            legalText = contract.legalText
            textSha256 = contract.terms.textSHA256.hex
            termsSha256 = contract.termsSHA256.hex
            parties = contract.signatories.map(PartyView.init)
            representatives = contract.representatives.sorted { $0.key < $1.key }
                .map { Representative(party: $0.key, memberId: $0.value) }
            balances = state.balances.parties.map { Balance(party: $0.rawValue, balanceKopecks: state.balances.balance(of: $0)) }
            distributions = state.distributions.map(DistributionView.init)
            outstandingCostsKopecks = state.outstandingCosts
            pledgedTotalKopecks = state.pledgedTotal
            targetMet = state.targetMet
            releasedMilestones = state.releasedMilestones.sorted()
            proposeSeq = contract.proposeSeq
            createdAt = contract.createdAt.rfc3339
        }
    }

    struct LineView: Encodable {
        let date: String
        let what: String
        let amountKopecks: Int64
        let balanceKopecks: Int64
    }

    /// One party's statement under a contract, line by line.
    struct StatementView: Encodable {
        let contractId: String
        let party: String
        let balanceKopecks: Int64
        let lines: [LineView]

        init(_ contract: Contract, party: PartyID) {
            contractId = contract.id.rawValue
            self.party = party.rawValue
            balanceKopecks = contract.state.balances.balance(of: party)
            lines = contract.state.balances.statement(for: party).map {
                LineView(date: $0.date.rfc3339, what: $0.what, amountKopecks: $0.amount, balanceKopecks: $0.balance)
            }
        }
    }

    /// What a member signs: the payload as JSON, and its exact canonical bytes as text and
    /// in base64; sign the bytes with Ed25519 and send the signature back the same day.
    struct SigningStatementView: Encodable {
        let act: String
        let signer: String
        let statement: EncodedJSON
        let canonicalJson: String
        let canonicalBase64: String

        init(_ statement: PartyStatement) throws {
            let bytes = try statement.canonicalBytes
            act = statement.act ?? ""
            signer = statement.payload["signer"]?.stringValue ?? ""
            self.statement = EncodedJSON(.object(statement.payload))
            canonicalJson = String(decoding: bytes, as: UTF8.self)
            canonicalBase64 = Data(bytes).base64EncodedString()
        }
    }
}
