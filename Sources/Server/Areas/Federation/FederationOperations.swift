import Foundation
import Ledger
import Registry

/// The acts on what other towns' nodes publish, run alike by the JSON route and the page:
/// one of this node's towns adopting a practice proven in another node's town (the act
/// asks that node for the practice's report entry and its inclusion proof in the tree
/// this node verified, checks both, and records the adoption citing them); and one of
/// this node's towns nominating a team for a Challenge another node hosts.
struct FederationOperations: Sendable {
    /// Which mirrored practice, by its node's origin and its id there, and the adopting town.
    struct PracticeAdoption: Sendable {
        let origin: String
        let practiceID: String
        let cityID: CityID
    }

    /// Which Challenge, by its host's origin and its id there, and the team nominated.
    struct Nomination: Sendable {
        let origin: String
        let eventID: EventID
        let name: String
        let cityID: CityID
        let projectID: ProjectID?
    }

    let adoptPractice: Operation<PracticeAdoption, PracticeAdoptedElsewhere>
    let nominateTeam: Operation<Nomination, ChallengeNomination>

    init(federation: Federation, challenges: Challenges) {
        nominateTeam = Operation("nominateTeamForAnotherTownsChallenge", action: .runChallenge) { _, nomination in
            try await challenges.nominate(nomination.name, of: nomination.cityID, project: nomination.projectID, to: nomination.eventID,
                                          hostedBy: nomination.origin)
        }
        let client = OutboundHTTPClient()
        adoptPractice = Operation("adoptPracticeFromAnotherTown", action: .recordPracticeAdoption) { _, adoption in
            guard let practice = try await federation.practice(origin: adoption.origin, id: adoption.practiceID),
                  let followed = try await federation.followed().first(where: { $0.origin == adoption.origin }),
                  let note = followed.checkpoint, let checkpoint = try? Checkpoint(parsing: try SignedNote.parse(note).text)
            else { throw APIError.notFound(detail: "No such practice mirrored from another town's node.") }
            let seq = practice.provenance.seq
            let entry: Data
            let proof: Data
            do {
                entry = try await Self.fetch(client, followed.url + "/api/v1/ledger/entries/\(seq)", origin: followed.origin)
                proof = try await Self.fetch(client, followed.url + "/api/v1/ledger/proofs/inclusion?seq=\(seq)&tree_size=\(checkpoint.size)",
                                             origin: followed.origin)
            } catch is OutboundHTTPClient.Unreachable {
                throw TownConflict.sourceNodeUnreachable(origin: followed.origin)
            }
            struct EntryBody: Decodable { let canonicalJson: String }
            struct ProofBody: Decodable { let hashes: [String] }
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            guard let bytes = try? decoder.decode(EntryBody.self, from: entry).canonicalJson,
                  let hashes = try? decoder.decode(ProofBody.self, from: proof).hashes.map({ try SHA256Digest(hex: $0) })
            else { throw TownConflict.sourceEntryUnproved(origin: followed.origin, seq: seq) }
            let proved = try CitedEntry.proving(Array(bytes.utf8), origin: followed.origin, seq: seq, treeSize: checkpoint.size,
                                                rootHash: checkpoint.rootHash, proof: hashes)
            return try await federation.adopt(practice, in: adoption.cityID, citation: proved.citation, report: proved.entry)
        }
    }

    /// The body of a 200 answer from another node; any other answer is that node not answering.
    private static func fetch(_ client: OutboundHTTPClient, _ url: String, origin: String) async throws -> Data {
        let answer = try await client.get(url)
        guard answer.status == 200 else { throw TownConflict.sourceNodeUnreachable(origin: origin) }
        return Data(answer.bytes)
    }
}
