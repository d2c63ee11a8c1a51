import Ledger
import Registry

/// The JSON bodies of the IP asset operations and of the deposit receipt.
enum IPAssetBodies {
    struct Holding: Codable {
        let memberId: MemberID
        let units: ShareUnits
    }

    struct DepositRequest: Decodable {
        let kind: IPAssetKind
        let title: String
        let description: String?
        let contentSha256: String
        let holders: [Holding]
    }

    struct HoldersRequest: Decodable {
        let holders: [Holding]
    }

    struct LicenceRequest: Decodable {
        let licenseeId: String
        let terms: String
        let startsOn: CalendarDate
        let endsOn: CalendarDate
    }

    /// An asset as the public sees it: holders by member id only.
    struct AssetView: Encodable {
        let id: String
        let kind: String
        let title: String
        let description: String?
        let contentSha256: String
        let holders: [Holding]
        let licences: [LicenceView]
        let depositSeq: Int
        let depositedAt: String

        init(_ asset: IPAsset) {
            id = asset.id.rawValue
            kind = asset.kind.rawValue
            title = asset.title
            description = asset.description
            contentSha256 = asset.contentSHA256.hex
            holders = asset.holders.map { Holding(memberId: $0.memberID, units: $0.units) }
            licences = asset.licences.map(LicenceView.init)
            depositSeq = asset.depositSeq
            depositedAt = asset.depositedAt.rfc3339
        }
    }

    struct LicenceView: Encodable {
        let id: String
        let assetId: String
        let licenseeId: String
        let licenseeKind: String
        let terms: String
        let startsOn: String
        let endsOn: String
        let ledgerSeq: Int
        let grantedAt: String

        init(_ licence: IPLicence) {
            id = licence.id.rawValue
            assetId = licence.assetID.rawValue
            licenseeId = licence.licensee.id
            switch licence.licensee {
            case .city: licenseeKind = "city"
            case .organisation: licenseeKind = "organisation"
            }
            terms = licence.terms
            startsOn = licence.startsOn.description
            endsOn = licence.endsOn.description
            ledgerSeq = licence.ledgerSeq
            grantedAt = licence.grantedAt.rfc3339
        }
    }

    /// The proof of priority: the entry exactly as signed, the proof and the checkpoint.
    struct ReceiptView: Encodable {
        let assetId: String
        let entry: LedgerRoutes.EntryView
        let inclusionProof: ProofView
        let checkpoint: String

        init(_ receipt: IPDepositReceipt) {
            assetId = receipt.assetID.rawValue
            entry = LedgerRoutes.EntryView(receipt.entry)
            inclusionProof = ProofView(leafIndex: receipt.proof.leafIndex, treeSize: receipt.proof.treeSize,
                                       hashes: receipt.proof.hashes.map(\.hex))
            checkpoint = receipt.checkpoint.serialized()
        }
    }

    struct ProofView: Encodable {
        let leafIndex: Int
        let treeSize: Int
        let hashes: [String]
    }

    struct DepositedView: Encodable {
        let asset: AssetView
        let receipt: ReceiptView
    }

    struct ConsentSignatureRequest: Decodable {
        let signature: ContractBodies.SignatureBody?
    }

    /// An IP act waiting for consent: what it would do, who must sign, and the statement
    /// each signs (its canonical bytes, as text, are what a member's key signs).
    struct ConsentRequestView: Encodable {
        let id: String
        let act: String
        let assetId: String
        let title: String
        let holders: [Holding]
        let previousHolders: [Holding]?
        let signers: [SignerView]
        let waitingFor: [String]
        let proposedBy: String?
        let createdAt: String
        let statement: String

        init(_ request: IPConsentRequest) throws {
            id = request.id.rawValue
            act = request.act.rawValue
            assetId = request.assetID.rawValue
            title = request.title
            holders = request.holders.map { Holding(memberId: $0.memberID, units: $0.units) }
            previousHolders = request.previousHolders?.map { Holding(memberId: $0.memberID, units: $0.units) }
            signers = request.signers.map { SignerView(memberId: $0.memberID.rawValue, signed: $0.signature != nil,
                                                       keyId: $0.signature?.keyID.hex) }
            waitingFor = request.waitingFor.map(\.rawValue)
            proposedBy = request.proposedBy?.rawValue
            createdAt = request.createdAt.rfc3339
            statement = String(decoding: try request.statementBytes, as: UTF8.self)
        }
    }

    struct SignerView: Encodable {
        let memberId: String
        let signed: Bool
        let keyId: String?
    }

    struct ConsentRequestList: Encodable {
        let items: [ConsentRequestView]

        init(items: [ConsentRequestView]) {
            self.items = items
        }
    }

    /// A signature's result: the act still waiting, or carried out and the asset as it now is.
    struct ConsentOutcomeView: Encodable {
        let status: String
        let request: ConsentRequestView?
        let asset: AssetView?

        init(_ outcome: IPActOutcome<IPAsset>) throws {
            switch outcome {
            case let .pending(request):
                status = "waiting"
                self.request = try ConsentRequestView(request)
                asset = nil
            case let .done(asset):
                status = "carried_out"
                request = nil
                self.asset = AssetView(asset)
            }
        }
    }
}
