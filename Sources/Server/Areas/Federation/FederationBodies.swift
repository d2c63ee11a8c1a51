import Registry

/// The JSON bodies of the federation routes.
enum FederationBodies {
    struct NodeList: Encodable {
        let items: [NodeView]
    }

    /// A followed node as `GET /api/v1/federation/nodes` gives it.
    struct NodeView: Encodable {
        struct Failure: Encodable {
            let code: String
            let detail: String
            let at: String
        }

        let origin: String
        let url: String
        let verifierKey: String
        let size: Int
        let checkpoint: String?
        let cosignedBy: [String]
        let verifiedAt: String?
        let failure: Failure?
        let towns: Int
        let projects: Int

        init(_ node: FollowedNode, counts: (towns: Int, projects: Int)?) {
            origin = node.origin
            url = node.url
            verifierKey = node.verifierKey
            size = node.size
            checkpoint = node.checkpoint
            cosignedBy = node.cosignedBy
            verifiedAt = node.verifiedAt?.rfc3339
            failure = node.failureCode.map { Failure(code: $0, detail: node.failureDetail ?? "", at: node.failedAt?.rfc3339 ?? "") }
            towns = counts?.towns ?? 0
            projects = counts?.projects ?? 0
        }
    }

    struct TownList: Encodable {
        let items: [TownView]
    }

    /// A mirrored town with where it comes from.
    struct TownView: Encodable {
        let cityId: String
        let name: String?
        let region: String?
        let provenance: ProvenanceView

        init(_ town: MirroredTown) {
            cityId = town.cityID
            name = town.name
            region = town.region
            provenance = ProvenanceView(town.provenance)
        }
    }

    struct ProvenanceView: Encodable {
        let origin: String
        let url: String
        let ledgerSeq: Int
        let checkpointSize: Int
        let cosignedBy: [String]

        init(_ provenance: Provenance) {
            origin = provenance.origin
            url = provenance.url
            ledgerSeq = provenance.seq
            checkpointSize = provenance.checkpointSize
            cosignedBy = provenance.cosignedBy
        }
    }
}
