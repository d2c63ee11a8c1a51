import Foundation
import Ledger
import TestSupport
import Testing

@testable import Registry
@testable import Server

/// Union federation on three towns' nodes on loopback, each witnessing the other two:
/// Glazov follows Kurgan by its tiles, mirrors its towns and projects, verifies every
/// entry into the checkpoint Kurgan signed and the others cosigned, and shows them with
/// where they come from; when Kurgan was down, Glazov catches up from where it stood;
/// a forked or inconsistent log is refused and kept as evidence, the mirror untouched.
@Suite struct FederationTests {
    @Test func aTownMirrorsAnotherTownsProjectsAndCatchesUpAfterItWasDown() async throws {
        var towns = try await LoopbackTown.witnessingEachOther(["glazov", "kurgan", "astrakhan"])
        defer { for town in towns { town.app.remove() } }
        let glazov = towns[0]
        let kurgan = towns[1].node
        let city = try await kurgan.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let lead = try await kurgan.members.setStatus(.admitted, of: try await kurgan.members.apply(
            MemberApplication(kind: .person, name: "Ольга Сычёва", cityID: city.id)).id)
        let tram = try await kurgan.projects.create(ProjectDraft(title: "Речной трамвай", summary: "По Тоболу.", direction: "транспорт",
                                                                 cityID: city.id), lead: lead.id)
        _ = try await kurgan.ledger.checkpoint()
        #expect(try await WitnessRequester(node: kurgan).round().count == 2)

        try await glazov.node.federation.follow(url: towns[1].url, verifierKey: kurgan.ledger.noteVerifier.verifierKey)
        #expect(try await FederationFollower(node: glazov.node).round() == [kurgan.ledger.origin])
        var followed = try #require(try await glazov.node.federation.followed().first)
        #expect(followed.size == (await kurgan.ledger.size) && followed.failureCode == nil)
        #expect(Set(followed.cosignedBy) == ["glazov.glocal.example/log/witness", "astrakhan.glocal.example/log/witness"])
        let mirroredTown = try #require(try await glazov.node.federation.towns().first)
        #expect(mirroredTown.name == "Курган" && mirroredTown.cityID == city.id.rawValue)
        let registration = try await kurgan.database.read { try LedgerRecords($0).entry(mirroredTown.provenance.seq) }
        #expect(registration.entry.kind.name == "city.register" && registration.entry.payload["city_id"]?.stringValue == city.id.rawValue)
        let found = try await glazov.node.federation.projects(matching: try #require(try SearchQuery("трамваи Кургана")), limit: 10)
        #expect(found.map(\.title) == ["Речной трамвай"] && found.first?.projectID == tram.id.rawValue && found.first?.stage == .idea)
        #expect(found.first?.townName == "Курган" && found.first?.provenance.cosignedBy.count == 2)

        // The Union's pages on Glazov show them, with the node and the entry they come from.
        let client = try APIClient(port: glazov.server.port)
        let search = try await client.send("GET", "/search?q=" + "трамвай".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!).text
        #expect(search.contains("Речной трамвай") && search.contains(towns[1].url + "/ledger/"))
        let union = try await client.send("GET", "/").text
        #expect(union.contains("Курган") && union.contains("kurgan.glocal.example/log"))
        let nodes = try await client.send("GET", "/api/v1/federation/nodes")
        #expect(nodes.status == 200 && nodes.text.contains("\"origin\":\"kurgan.glocal.example/log\""))

        // Kurgan's node goes down while its town grows and the tram moves on; Glazov notes it,
        // keeps what it had, and catches up once Kurgan is back.
        await towns[1].server.stop()
        for number in 1...300 {
            _ = try await kurgan.projects.create(ProjectDraft(title: "Двор № \(number)", summary: "Благоустройство.", direction: "среда",
                                                              cityID: city.id), lead: lead.id)
        }
        _ = try await kurgan.projects.moveStage(of: tram.id, to: .selected)
        _ = try await kurgan.ledger.checkpoint()
        let before = followed.size
        #expect(try await FederationFollower(node: glazov.node).round().isEmpty)
        followed = try #require(try await glazov.node.federation.followed().first)
        #expect(followed.failureCode == "unreachable" && followed.size == before)
        towns[1] = try towns[1].restarted()
        try await glazov.node.federation.follow(url: towns[1].url, verifierKey: kurgan.ledger.noteVerifier.verifierKey)
        #expect(try await FederationFollower(node: glazov.node).round() == [kurgan.ledger.origin])
        followed = try #require(try await glazov.node.federation.followed().first)
        #expect(followed.size == (await kurgan.ledger.size) && followed.failureCode == nil && followed.size > 300)
        let yard = try await glazov.node.federation.projects(matching: try #require(try SearchQuery("двор 300")), limit: 10)
        #expect(yard.map(\.title) == ["Двор № 300"])
        let moved = try await glazov.node.federation.projects(matching: try #require(try SearchQuery("трамвай")), limit: 10)
        #expect(moved.first?.stage == .selected)
        #expect(try await FederationFollower(node: glazov.node).round().isEmpty)

        // A title changed there (no ledger entry) is taken up when names are read again.
        _ = try await kurgan.projects.edit(tram.id, ProjectChanges(title: "Речной трамвай по Тоболу"))
        _ = try await FederationFollower(node: glazov.node).round()
        #expect(try await glazov.node.federation.projects(matching: try #require(try SearchQuery("Тоболу")), limit: 5).isEmpty)
        _ = try await FederationFollower(node: glazov.node).round(refreshingNames: true)
        #expect(try await glazov.node.federation.projects(matching: try #require(try SearchQuery("Тоболу")), limit: 5).map(\.title)
                == ["Речной трамвай по Тоболу"])

        // A node that signs another tree of the size mirrored (a fork) is refused, and so is one
        // whose entries do not lead to the root it signed; both are kept as evidence.
        let signer = try NoteSigner(name: kurgan.ledger.origin, privateKey: kurgan.ledger.nodeKey)
        let size = followed.size
        let fork = try SignedCheckpoint.sign(checkpoint: try Checkpoint(origin: kurgan.ledger.origin, size: size,
                                                                        rootHash: SHA256.hash(Array("another tree".utf8))), signer: signer)
        _ = try await kurgan.cities.register(name: "Шадринск", region: "Курганская область", population: nil)
        let inconsistent = try SignedCheckpoint.sign(checkpoint: try Checkpoint(origin: kurgan.ledger.origin, size: size + 1,
                                                                                rootHash: SHA256.hash(Array("no such tree".utf8))), signer: signer)
        for (forged, reason) in [(fork, "fork"), (inconsistent, "inconsistent")] {
            let forger = try TestServer.start(ForgedCheckpoint(node: towns[1].app.router, checkpoint: forged.serialized()))
            try await glazov.node.federation.follow(url: "http://127.0.0.1:\(forger.port)", verifierKey: kurgan.ledger.noteVerifier.verifierKey)
            #expect(try await FederationFollower(node: glazov.node).round().isEmpty)
            followed = try #require(try await glazov.node.federation.followed().first)
            #expect(followed.failureCode == reason && followed.size == size)
            #expect(try await glazov.node.witnessing.evidence().last.map { ($0.reason, $0.claimedCheckpoint) } ?? ("", "")
                    == (reason, forged.serialized()))
            await forger.stop()
        }
        #expect(try await glazov.node.federation.towns().map(\.name) == ["Курган"])
        let page = try await client.send("GET", "/federation").text
        #expect(page.contains("kurgan.glocal.example/log") && page.contains("Доказательства нарушений")
                && page.contains("развилка"), "\(page)")
        for town in towns { await town.server.stop() }
    }
}

extension FederationTests {
    /// Glazov's staff adopt a practice Kurgan reported: the answer and Glazov's ledger entry
    /// cite Kurgan's report entry with an inclusion proof that checks against the root of
    /// Kurgan's log; adopting it again is refused, and so is adopting while Kurgan is down.
    @Test func aTownAdoptsAnotherTownsPracticeCitingItsReportWithAProof() async throws {
        var towns = try await LoopbackTown.witnessingEachOther(["glazov", "kurgan"])
        defer { for town in towns { town.app.remove() } }
        let glazov = towns[0]
        let kurgan = towns[1].node
        let home = try await kurgan.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let practice = try await kurgan.practices.report(PracticeReport(title: "Школьный технопарк в библиотеке",
                                                                       summary: "Кружки робототехники в читальном зале.", cityID: home.id,
                                                                       results: "300 детей за год.", reportedOn: CalendarDate(rfc3339: "2026-05-01")!))
        let day = try #require(CalendarDate(rfc3339: "2026-11-20"))
        let sealed = try await kurgan.events.create(EventDraft(kind: .challenge, title: "Glocal City Challenge — Курган, осень 2026",
                                                               cityIDs: [home.id], startsOn: day, endsOn: day))
        for status in [EventStatus.open, .running, .closed] { _ = try await kurgan.events.move(sealed.id, to: status) }
        _ = try await kurgan.database.write { transaction in
            try Events.seal(sealed.id, kind: .challenge, results: ["teams": [["team": "Технопарк", "score": 91]]], in: transaction,
                            signer: kurgan.ledger.nodeKey, at: LedgerTime.now())
        }
        let tampered = try await kurgan.events.create(EventDraft(kind: .challenge, title: "Glocal City Challenge — Курган, лето 2026",
                                                                 cityIDs: [home.id], startsOn: day, endsOn: day))
        for status in [EventStatus.open, .running, .closed] { _ = try await kurgan.events.move(tampered.id, to: status) }
        _ = try await kurgan.database.write { transaction in
            try Events.seal(tampered.id, kind: .challenge, results: ["teams": [["team": "Ремесло", "score": 70]]], in: transaction,
                            signer: kurgan.ledger.nodeKey, at: LedgerTime.now())
        }
        _ = try await kurgan.events.create(EventDraft(kind: .game, title: "Glocal City Game — Курган, весна 2027", cityIDs: [home.id],
                                                      startsOn: day, endsOn: day))
        _ = try await kurgan.ledger.checkpoint()
        let town = try await glazov.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        // Kurgan's node first does not serve results, then serves one table other than it sealed.
        let results = ResultsServed(node: towns[1].app.router, tampered: "/api/v1/events/\(tampered.id)/results")
        let front = try TestServer.start(results)
        try await glazov.node.federation.follow(url: "http://127.0.0.1:\(front.port)", verifierKey: kurgan.ledger.noteVerifier.verifierKey)
        #expect(try await FederationFollower(node: glazov.node).round() == [kurgan.ledger.origin])
        #expect(try await glazov.node.federation.events().compactMap(\.resultsCheck).isEmpty)
        #expect(try await APIClient(port: glazov.server.port).send("GET", "/federation").text.contains("пока не отдал таблицу итогов"))
        await results.mode.serve()
        #expect(try await FederationFollower(node: glazov.node).round().isEmpty)
        let mirrored = try await glazov.node.federation.practices(matching: try SearchQuery("технопарк"), limit: 5)
        #expect(mirrored.map(\.title) == ["Школьный технопарк в библиотеке"] && mirrored.first?.townName == "Курган")
        // Kurgan's sealed Challenge comes with its results checked against the seal; its next Game is announced, not sealed.
        let events = try await glazov.node.federation.events()
        #expect(events.map(\.title) == ["Glocal City Challenge — Курган, лето 2026", "Glocal City Challenge — Курган, осень 2026",
                                         "Glocal City Game — Курган, весна 2027"])
        #expect(events.map(\.resultsCheck) == [.mismatch, .match, nil] && events.map { $0.sealedSeq != nil } == [true, true, false])
        let union = try await APIClient(port: glazov.server.port).send("GET", "/federation").text
        #expect(union.contains("совпадает с отпечатком") && union.contains("не совпадает с отпечатком") && union.contains("Итоги ещё не опечатаны"))
        try await glazov.node.federation.follow(url: towns[1].url, verifierKey: kurgan.ledger.noteVerifier.verifierKey)
        await front.stop()

        _ = try await glazov.node.accounts.createAccount(email: "staff@glazov.example", password: "correct horse battery", roles: [.unionStaff])
        let staff = try APIClient(port: glazov.server.port)
        _ = try await staff.logIn(email: "staff@glazov.example", password: "correct horse battery")
        let page = try await staff.send("GET", "/federation/practices").text
        #expect(page.contains("Школьный технопарк в библиотеке") && page.contains("action=\"/federation/practices/adoptions\""))
        let request = #"{"origin":"kurgan.glocal.example/log","practice_id":"\#(practice.id)","city_id":"\#(town.id)"}"#
        let adopted = try await staff.send("POST", "/api/v1/federation/practice-adoptions", json: request)
        #expect(adopted.status == 201, "\(adopted.text)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(adopted.body)) as? [String: Any])
        #expect(answer["source_seq"] as? Int == practice.reportSeq)

        // Glazov's entry cites Kurgan's report: its hash, and a proof that leads from it to the root of Kurgan's log.
        let seq = try #require(answer["ledger_seq"] as? Int)
        let entry = try await glazov.node.database.read { try LedgerRecords($0).entry(seq) }.entry
        #expect(entry.kind.name == "practice.adopt" && entry.payload["practice_id"]?.stringValue == practice.id.rawValue)
        let source = try #require(entry.payload["source"]?.objectValue)
        let treeSize = Int(try #require(source["tree_size"]?.integerValue))
        let report = try await kurgan.database.read { try LedgerRecords($0).entry(practice.reportSeq) }
        #expect(source["entry_sha256"]?.stringValue == SHA256.hash(report.canonicalBytes).hex)
        let proof = InclusionProof(leafIndex: practice.reportSeq, treeSize: treeSize,
                                   hashes: try (source["inclusion_proof"]?.arrayValue ?? []).map { try SHA256Digest(hex: $0.stringValue ?? "") })
        let root = try await kurgan.database.read { try LedgerRecords($0).rootHash(size: treeSize) }
        #expect(source["root_sha256"]?.stringValue == root.hex)
        try proof.verify(leafHash: MerkleHash.leaf(report.canonicalBytes), rootHash: root)

        let again = try await staff.send("POST", "/api/v1/federation/practice-adoptions", json: request)
        #expect(again.status == 409 && again.text.contains("practice-already-adopted"), "\(again.text)")
        let other = try await glazov.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        await towns[1].server.stop()
        let down = try await staff.send("POST", "/api/v1/federation/practice-adoptions",
                                        json: #"{"origin":"kurgan.glocal.example/log","practice_id":"\#(practice.id)","city_id":"\#(other.id)"}"#)
        #expect(down.status == 409 && down.text.contains("source-node-unreachable"), "\(down.text)")
        let stranger = try await staff.send("POST", "/api/v1/federation/practice-adoptions",
                                            json: #"{"origin":"nowhere.example/log","practice_id":"\#(practice.id)","city_id":"\#(other.id)"}"#)
        #expect(stranger.status == 404)
        towns[1] = try towns[1].restarted()

        // A node that serves a proof that does not lead to the root, or another entry than the
        // practice's report, is refused, and nothing is recorded.
        for alteration in [AlteredCitation.Alteration.proof, .entry] {
            let front = try TestServer.start(AlteredCitation(node: towns[1].app.router, alteration: alteration))
            try await glazov.node.federation.follow(url: "http://127.0.0.1:\(front.port)", verifierKey: kurgan.ledger.noteVerifier.verifierKey)
            let altered = try await staff.send("POST", "/api/v1/federation/practice-adoptions",
                                               json: #"{"origin":"kurgan.glocal.example/log","practice_id":"\#(practice.id)","city_id":"\#(other.id)"}"#)
            #expect(altered.status == 409 && altered.text.contains("source-entry-unproved"), "\(alteration): \(altered.text)")
            await front.stop()
        }
        #expect(try await glazov.node.federation.adoptionsElsewhere().count == 1)
        for town in towns { await town.server.stop() }
    }

    @Test func aTownComparesItselfWithTheIndicatorsOfOtherNodesTowns() async throws {
        let towns = try await LoopbackTown.witnessingEachOther(["kurgan", "glazov"])
        defer { for town in towns { town.app.remove() } }
        let (kurgan, glazov) = (towns[0].node, towns[1].node)
        let kurganCity = try await kurgan.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let glazovCity = try await glazov.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let days = try ["2025-12-31", "2026-06-30"].map { try #require(CalendarDate(rfc3339: $0)) }
        let recorded = [try await glazov.cityProfiles.recordFigure(of: glazovCity.id, indicator: .youngReturning, value: 40, measuredOn: days[0]),
                        try await glazov.cityProfiles.recordFigure(of: glazovCity.id, indicator: .youngReturning, value: 55, measuredOn: days[1])]
        _ = try await kurgan.cityProfiles.recordFigure(of: kurganCity.id, indicator: .youngReturning, value: 31, measuredOn: days[1])
        _ = try await glazov.ledger.checkpoint()
        try await kurgan.federation.follow(url: towns[1].url, verifierKey: glazov.ledger.noteVerifier.verifierKey)
        #expect(try await FederationFollower(node: kurgan).round() == [glazov.ledger.origin])

        // Each of Glazov's figures comes from its own entry in Glazov's log.
        let series = try await kurgan.federation.indicatorSeries(of: .youngReturning)
        #expect(series.map(\.townName) == ["Глазов"] && series.first?.figures.map(\.value) == [40, 55] && series.first?.unit == .count)
        for (figure, mirrored) in zip(recorded, series.first?.figures ?? []) {
            let entry = try await glazov.database.read { try LedgerRecords($0).entry(mirrored.seq) }.entry
            #expect(entry.kind.name == "indicator.figure" && entry.payload["figure_id"]?.stringValue == figure.id.rawValue
                    && entry.payload["value"]?.integerValue == figure.value && entry.payload["measured_on"]?.stringValue == figure.measuredOn.rfc3339)
        }
        let client = try APIClient(port: towns[0].server.port)
        let listed = try await client.send("GET", "/api/v1/federation/indicators?indicator=young_returning")
        #expect(listed.status == 200 && listed.text.contains("\"town_name\":\"Глазов\"") && listed.text.contains("\"value\":55"), "\(listed.text)")
        #expect(try await client.send("GET", "/api/v1/federation/indicators?indicator="
                                      + "Молодёжь".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!).status == 422)
        // The comparison puts Glazov beside Kurgan, linked to its page on its node, with where its figures come from.
        let page = try await client.send("GET", "/atlas/compare?indicator=young_returning").text
        #expect(page.contains(">Курган<") && page.contains(">Глазов<") && page.contains(towns[1].url + "/towns/\(glazovCity.id)")
                && page.contains("glazov.glocal.example/log"))
        for town in towns { await town.server.stop() }
    }
}

/// A node that serves its real tiles beside a checkpoint forged with its key.
private struct ForgedCheckpoint: HTTPResponder {
    let node: any HTTPResponder
    let checkpoint: String

    func bodyLimit(for head: HTTPRequestHead) -> Int { node.bodyLimit(for: head) }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        request.path == "/log/checkpoint" ? .text(checkpoint) : await node.respond(to: request)
    }
}

/// A node served through a front that at first answers 503 for every results table, then
/// serves them, one of them altered.
private struct ResultsServed: HTTPResponder {
    actor Mode {
        private(set) var serving = false
        func serve() { serving = true }
    }

    let node: any HTTPResponder
    let tampered: String
    let mode = Mode()

    func bodyLimit(for head: HTTPRequestHead) -> Int { node.bodyLimit(for: head) }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        guard request.path.hasSuffix("/results") else { return await node.respond(to: request) }
        guard await mode.serving else { return .text("busy", status: .serviceUnavailable) }
        return request.path == tampered ? HTTPResponse(contentType: "application/json", body: Array(#"{"teams":[]}"#.utf8))
            : await node.respond(to: request)
    }
}

/// A node served through a front that alters what an adoption is proved with: the first
/// hash of every inclusion proof, or the kind written in every entry it serves.
private struct AlteredCitation: HTTPResponder {
    enum Alteration { case proof, entry }

    let node: any HTTPResponder
    let alteration: Alteration

    func bodyLimit(for head: HTTPRequestHead) -> Int { node.bodyLimit(for: head) }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        let answer = await node.respond(to: request)
        guard case let .bytes(body) = answer.body else { return answer }
        let text = String(decoding: body, as: UTF8.self)
        let altered: String
        switch alteration {
        case .proof where request.path == "/api/v1/ledger/proofs/inclusion":
            guard let start = text.range(of: #""hashes":[""#) else { return answer }
            let first = text[start.upperBound...].prefix(64)
            altered = text.replacingOccurrences(of: String(first), with: String(repeating: "0", count: 64))
        case .entry where request.path.hasPrefix("/api/v1/ledger/entries/"):
            altered = text.replacingOccurrences(of: "practice.report", with: "practice.rep0rt")
        default:
            return answer
        }
        return HTTPResponse(contentType: "application/json", body: Array(altered.utf8))
    }
}
