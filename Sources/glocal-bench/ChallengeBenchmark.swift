import Foundation
import Glibc
import Ledger
import Registry
import Server

/// `glocal-bench challenge`:
/// - the leaderboard of 1 000 teams × 50 judges × 8 criteria (400 000 marks, every judge
///   marking every team), beside a plain loop adding the same marks into per-team sums;
/// - SSE fan-out: 500 viewers of the live board, and the time from posting a mark to the
///   last viewer holding the new board, beside the time the mark's own answer takes.
enum ChallengeBenchmark {
    static let teams = 1_000
    static let judges = 50
    static let criteria = 8
    static let viewers = 500

    static func run(emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        leaderboardFigure(emit: emit)
        try await fanOutFigures(emit: emit)
    }

    private static func leaderboardFigure(emit: @Sendable (BenchmarkFigure) -> Void) {
        let rules = ChallengeRules(criteria: (0..<criteria).map {
            ChallengeCriterion(id: "c\($0)", name: "Критерий \($0)", weight: 1 + $0 % 4)
        }, judgesPerTeam: 3, zScoreMinimumTeams: 5)
        let towns = (0..<40).map { CityID(unchecked: "cty_" + String(format: "%032x", $0)) }
        let teamIDs = (0..<teams).map { (id: ChallengeTeamID(unchecked: "tea_" + String(format: "%032x", $0)), cityID: towns[$0 % 40]) }
        var marks: [ChallengeMark] = []
        marks.reserveCapacity(teams * judges * criteria)
        var state: UInt64 = 42
        for judge in 0..<judges {
            let judgeID = MemberID(unchecked: "mem_" + String(format: "%032x", judge))
            for team in teamIDs {
                for criterion in rules.criteria {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    marks.append(ChallengeMark(judge: judgeID, team: team.id, criterionID: criterion.id, value: Int(state >> 60) % 11))
                }
            }
        }
        var top: ChallengeTeamID?
        let board = medianSeconds(runs: 5) { top = ChallengeLeaderboard(rules: rules, teams: teamIDs, marks: marks).teams.first?.team }
        let values = marks.map { Double($0.value) }
        let baseline = medianSeconds(runs: 5) {
            var sums = [Double](repeating: 0, count: teams * criteria)
            for (index, value) in values.enumerated() { sums[(index / criteria) % teams * criteria + index % criteria] += value }
            precondition(sums.count == teams * criteria)
        }
        progress("leaderboard: top team \(top?.rawValue ?? "none")")
        emit(BenchmarkFigure(name: "challenge.leaderboard", value: board * 1000,
                             unit: "ms for \(teams) teams × \(judges) judges × \(criteria) criteria (median of 5)",
                             baselineName: "raw_sum_of_\(marks.count)_marks", baselineValue: baseline * 1000, target: "< 50 ms"))
    }

    private static func fanOutFigures(emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        let folder = try temporaryDirectory()
        defer { removeTree(folder) }
        let data = DataFolder(path: folder + "/node")
        _ = try await data.initialise(origin: "bench.glocal.example/challenge", durability: .normal)
        let node = try await data.openNode(durability: .normal)
        let (event, team, token) = try await runningChallenge(node)
        let application = try GlocalApplication(node: node, log: .discard)
        let server = HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 2, maxConnections: 2_000),
                                responder: application.router)
        let port = try server.start()
        let stream = Array("GET /api/v1/challenges/\(event)/leaderboard/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        var sockets: [Int32] = []
        for _ in 0..<viewers {
            guard let fd = BenchSocket.connect(port: port) else { throw BenchmarkError.cannotListen }
            BenchSocket.sendAll(fd, stream)
            sockets.append(fd)
        }
        defer { for fd in sockets { close(fd) } }
        var counts = [Int](repeating: 0, count: viewers)
        try await waitForBoards(sockets, counts: &counts, atLeast: 1)
        var toLast: [Double] = []
        var toAnswer: [Double] = []
        for value in 1...7 {
            let body = Array(#"{"team_id":"\#(team)","criterion_id":"impact","value":\#(value)}"#.utf8)
            let request = Array("POST /api/v1/challenges/\(event)/marks HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
            guard let poster = BenchSocket.connect(port: port) else { throw BenchmarkError.cannotListen }
            let clock = Stopwatch()
            BenchSocket.sendAll(poster, request)
            var answer = [UInt8](repeating: 0, count: 4096)
            _ = answer.withUnsafeMutableBytes { recv(poster, $0.baseAddress, $0.count, 0) }
            toAnswer.append(clock.seconds * 1000)
            close(poster)
            try await waitForBoards(sockets, counts: &counts, atLeast: value + 1)
            toLast.append(clock.seconds * 1000)
        }
        let open = await application.challengeBoards.viewerCount(of: event)
        await server.shutdown()
        toLast.sort()
        toAnswer.sort()
        emit(BenchmarkFigure(name: "challenge.sse.mark_to_last_viewer", value: percentile(toLast, 50),
                             unit: "ms, \(open) viewers (median of 7 marks)", baselineName: "challenge.mark.answer",
                             baselineValue: percentile(toAnswer, 50), target: "< 1000 ms with ≥ 500 viewers"))
        emit(BenchmarkFigure(name: "challenge.sse.mark_to_last_viewer.max", value: toLast.last ?? 0, unit: "ms"))
    }

    /// Reads every viewer until each has received at least `atLeast` boards in all.
    private static func waitForBoards(_ sockets: [Int32], counts: inout [Int], atLeast: Int) async throws {
        let marker = Array("event: leaderboard".utf8)
        var polls = sockets.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = Stopwatch()
        while counts.contains(where: { $0 < atLeast }) {
            guard deadline.seconds < 30 else { throw BenchmarkError.cannotListen }
            guard poll(&polls, nfds_t(polls.count), 1_000) > 0 else { continue }
            for index in polls.indices where polls[index].revents & Int16(POLLIN) != 0 {
                let count = buffer.withUnsafeMutableBytes { recv(polls[index].fd, $0.baseAddress, $0.count, 0) }
                guard count > 0 else { continue }
                counts[index] += occurrences(of: marker, in: buffer[0..<count])
            }
        }
    }

    private static func occurrences(of marker: [UInt8], in bytes: ArraySlice<UInt8>) -> Int {
        var found = 0
        var index = bytes.startIndex
        while index + marker.count <= bytes.endIndex {
            if bytes[index..<(index + marker.count)].elementsEqual(marker) {
                found += 1
                index += marker.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// A running challenge of two towns with one team each and one judge from a third town,
    /// and the judge's API token.
    private static func runningChallenge(_ node: Node) async throws -> (EventID, ChallengeTeamID, String) {
        let towns = try await node.cities.registerAll(["Глазов", "Курган", "Астрахань"].map {
            CityRegistration(name: $0, region: "Область", population: nil)
        }).map(\.id)
        guard let day = CalendarDate(rfc3339: "2026-12-01") else { throw BenchmarkError.cannotListen }
        let event = try await node.events.create(EventDraft(kind: .challenge, title: "Challenge", cityIDs: towns, startsOn: day, endsOn: day))
        _ = try await node.challenges.setRules(ChallengeRules(criteria: [ChallengeCriterion(id: "impact", name: "Влияние", weight: 1)],
                                                              judgesPerTeam: 1), chair: nil, of: event.id)
        _ = try await node.events.move(event.id, to: .open)
        let team = try await node.challenges.registerTeam("Глазов-1", of: towns[0], project: nil, members: [], in: event.id)
        _ = try await node.challenges.registerTeam("Курган-1", of: towns[1], project: nil, members: [], in: event.id)
        let account = try await node.accounts.createAccount(email: "judge@glocal.local", password: "bench password 2026")
        let applied = try await node.members.apply(MemberApplication(kind: .person, name: "Судья", cityID: towns[2], accountID: account.id))
        let judge = try await node.members.setStatus(.admitted, of: applied.id)
        try await node.challenges.addJudge(judge.id, to: event.id)
        try await node.challenges.assignJudges(in: event.id)
        _ = try await node.events.move(event.id, to: .running)
        let token = try await node.accounts.createAPIToken(account: account.id, name: "bench").secret
        return (event.id, team.id, token)
    }
}
