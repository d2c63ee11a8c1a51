import Foundation
import Ledger
import Registry

/// Keeps the mirrors of the other towns' nodes this node follows. Each round reads a
/// node's checkpoint from its tiles (C2SP tlog-tiles), checks its signature, fetches the
/// entry bundles past what is mirrored, checks every entry into the Merkle tree and the
/// root against the checkpoint, then, when it read new towns, projects, practices or
/// events, their names from what the node publishes (and for a sealed event, checks its
/// results table against the SHA-256 the seal entry holds); all of it is kept in one transaction, or none of it. A node that is
/// down is read again at the next round from where its mirror stands; one that shows a
/// fork or entries that do not reach its root is refused and the claim kept as evidence.
/// After each round, teams nominated for this node's Challenges are taken from what was
/// read (`Challenges.takeNominations`).
public struct FederationFollower: Sendable {
    let node: Node
    let client: OutboundHTTPClient
    /// Pages of 200 practices read at most from one node: 2 million practices.
    static let maximumPracticePages = 10_000
    /// Sealed events whose results could not be read before, asked for again in one round.
    static let maximumResultsChecks = 20

    public init(node: Node, certificateAuthorityFile: String? = nil) {
        self.node = node
        client = OutboundHTTPClient(certificateAuthorityFile: certificateAuthorityFile)
    }

    /// Reads the followed nodes every `interval` until the task is cancelled, and every
    /// `namesEvery`-th round also reads again the names of all they published, so that a
    /// town renamed or a project retitled there is renamed here too.
    public func run(every interval: Duration = .seconds(10), namesEvery: Int = 60) async {
        var rounds = 0
        while !Task.isCancelled {
            rounds += 1
            _ = try? await round(refreshingNames: rounds % namesEvery == 0)
            try? await Task.sleep(for: interval)
        }
    }

    /// One round: each followed node read once; with `refreshingNames`, the names of all it
    /// published are read again even if its log did not grow. Answers the origins whose
    /// mirror grew.
    @discardableResult
    public func round(refreshingNames: Bool = false) async throws -> [String] {
        var grown: [String] = []
        for followed in try await node.federation.followed() {
            var claimed: String?
            do {
                let text = try await fetch(followed.logURL + "/checkpoint").body
                claimed = text
                if try await mirror(followed, checkpoint: text, refreshingNames: refreshingNames) { grown.append(followed.origin) }
            } catch let failure as MirrorFailure {
                try await node.federation.record(failure: failure, claimed: claimed, of: followed)
            } catch let failure as OutboundHTTPClient.Unreachable {
                try await node.federation.record(failure: .unreachable(reason: failure.description), claimed: nil, of: followed)
            }
        }
        try await node.challenges.takeNominations()
        return grown
    }

    private func mirror(_ followed: FollowedNode, checkpoint text: String, refreshingNames: Bool) async throws -> Bool {
        let checkpoint = try await node.federation.check(checkpoint: text, of: followed)
        var mirror = try followed.mirror()
        do {
            for bundle in mirror.bundles(upTo: checkpoint.checkpoint.size) {
                let path = TilePath(kind: .entries, index: bundle.index, width: bundle.width)
                try mirror.append(bundle: try await fetch(followed.logURL + "/" + path.description).bytes, index: bundle.index, width: bundle.width)
            }
        } catch let MirrorFailure.inconsistent(from, _) {
            throw MirrorFailure.inconsistent(from: from, to: checkpoint.checkpoint.size)
        }
        try mirror.verify(reaching: checkpoint.checkpoint, from: followed.size)
        let naming = mirror.acts.contains {
            switch $0 {
            case .town, .project: true
            default: false
            }
        }
        var names = naming || refreshingNames ? try await names(of: followed) : MirrorNames()
        if refreshingNames || mirror.acts.contains(where: { if case .practice = $0 { true } else { false } }) {
            names.practices = try await practiceNames(of: followed)
        }
        try await nameEvents(in: mirror.acts, of: followed, into: &names)
        // Names of new nominations are needed now; those of earlier ones not read then are
        // asked for again when names are refreshed, and a node that lists none is passed over.
        if mirror.acts.contains(where: { if case let .nomination(_, host, _, _, _, _) = $0 { host == node.ledger.origin } else { false } }) {
            names.teams = try await nominationNames(of: followed)
        } else if refreshingNames {
            names.teams = (try? await nominationNames(of: followed)) ?? [:]
        }
        let kept = try await node.federation.record(mirror, reaching: checkpoint, names: names, of: followed.origin)
        return kept && mirror.size > followed.size
    }

    /// The names the node publishes for its towns and projects (its open data, CC BY 4.0).
    private func names(of followed: FollowedNode) async throws -> MirrorNames {
        struct Download<Item: Decodable>: Decodable { let items: [Item] }
        struct Town: Decodable { let id: String, name: String, region: String }
        struct Project: Decodable { let id: String, title: String, cityId: String }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var names = MirrorNames()
        do {
            for town in try decoder.decode(Download<Town>.self, from: Data(try await fetch(followed.url + "/open-data/cities.json").bytes)).items {
                names.towns[town.id] = (town.name, town.region)
            }
            for project in try decoder.decode(Download<Project>.self, from: Data(try await fetch(followed.url + "/open-data/projects.json").bytes)).items {
                names.projects[project.id] = (project.title, project.cityId)
            }
        } catch is DecodingError {
            throw MirrorFailure.unreachable(reason: "its open data is not the registers of towns and projects")
        }
        return names
    }

    /// The titles of the events announced or sealed in `acts`; and for each seal read now,
    /// or read before while the node did not publish its results (at most
    /// `maximumResultsChecks` of those a round), whether the results table the node
    /// publishes hashes to the SHA-256 its `event.seal` entry holds. A table that cannot be
    /// read is left unchecked and asked for again next round.
    private func nameEvents(in acts: [MirroredAct], of followed: FollowedNode, into names: inout MirrorNames) async throws {
        struct Event: Decodable { let title: String }
        var events: [String] = []
        var seals: [(eventID: String, resultsSHA256: String)] = try await node.federation.uncheckedSeals(of: followed.origin,
                                                                                                           limit: Self.maximumResultsChecks)
        for act in acts {
            switch act {
            case let .event(event, _, _, _): events.append(event)
            case let .seal(event, hash, _):
                events.append(event)
                seals.append((event, hash))
            default: continue
            }
        }
        for seal in seals {
            guard let results = try? await client.get(followed.url + "/api/v1/events/\(seal.eventID)/results"), results.status == 200 else { continue }
            names.resultsChecked[seal.eventID] = SHA256.hash(results.bytes).hex == seal.resultsSHA256
        }
        for event in Set(events) {
            let answer = try await client.get(followed.url + "/api/v1/events/\(event)")
            if answer.status == 200, let title = try? JSONDecoder().decode(Event.self, from: Data(answer.bytes)).title { names.events[event] = title }
        }
    }

    /// The names of the teams the node nominated for this node's Challenges, from its public
    /// list of nominations.
    private func nominationNames(of followed: FollowedNode) async throws -> [String: String] {
        struct Listing: Decodable {
            struct Nomination: Decodable { let teamId: String, hostOrigin: String, name: String }
            let items: [Nomination]
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let listing = try? decoder.decode(Listing.self, from: Data(try await fetch(followed.url + "/api/v1/federation/challenge-nominations").bytes))
        else { throw MirrorFailure.unreachable(reason: "its list of Challenge nominations is not a list of nominations") }
        return Dictionary(listing.items.filter { $0.hostOrigin == node.ledger.origin }.map { ($0.teamId, $0.name) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// The titles and summaries of the node's practices, read page by page from its public list.
    private func practiceNames(of followed: FollowedNode) async throws -> [String: (title: String, summary: String, cityID: String)] {
        struct Listing: Decodable {
            struct Practice: Decodable { let id: String, title: String, what: String, cityId: String }
            let items: [Practice]
            let nextCursor: String?
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var names: [String: (title: String, summary: String, cityID: String)] = [:]
        var cursor: String?
        var seen: Set<String> = []
        repeat {
            let url = followed.url + "/api/v1/practices?limit=\(PageRequest.maximumLimit)" + (cursor.map { "&cursor=\($0)" } ?? "")
            guard let page = try? decoder.decode(Listing.self, from: Data(try await fetch(url).bytes)) else {
                throw MirrorFailure.unreachable(reason: "its list of practices is not a page of practices")
            }
            for practice in page.items { names[practice.id] = (practice.title, practice.what, practice.cityId) }
            cursor = page.nextCursor
            if let next = cursor, !seen.insert(next).inserted || seen.count > Self.maximumPracticePages {
                throw MirrorFailure.unreachable(reason: "its list of practices does not end")
            }
        } while cursor != nil
        return names
    }

    /// The body of a 200 answer to a GET of `url`.
    private func fetch(_ url: String) async throws -> OutboundHTTPClient.Answer {
        let answer = try await client.get(url)
        guard answer.status == 200 else { throw MirrorFailure.unreachable(reason: "it answered \(answer.status) to \(url)") }
        return answer
    }
}
