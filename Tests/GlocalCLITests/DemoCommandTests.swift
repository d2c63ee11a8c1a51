import Foundation
import Glibc
import Registry
import Testing
import TestSupport

/// `glocal demo` and `glocal serve --demo`: the demo towns loaded through the registry into
/// a fresh folder, with a ledger that verifies, every role able to log in, and a second
/// load refused.
@Suite struct DemoCommandTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Seeds").path
    static let password = "glocal-demo-2026"
    static let roles = ["admin", "resident", "entrepreneur", "mentor", "investor", "facilitator", "union_staff", "committee"]

    @Test func theDemoLoadsThroughTheRegistryVerifiesAndIsRefusedASecondTime() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("demo")
        let loaded = try Executable.glocal("demo", "--data", data, "--seeds", Self.seeds)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        for role in Self.roles { #expect(loaded.stdout.contains("\(role)@demo.glocal"), "a login for \(role)") }
        #expect(loaded.stdout.contains(Self.password))

        let verified = try Executable.glocal("verify", "--data", data)
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.hasPrefix("valid: "))

        let node = try await DataFolder(path: data).openNode()
        try await expectEveryRoleLogsIn(node)
        try await expectTheTownsAndProjects(node)
        try await expectTheEvents(node)
        try await expectTheInvestmentSession(node)
        try await expectTheDeals(node)

        let again = try Executable.glocal("demo", "--data", data, "--seeds", Self.seeds)
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("Error: data folder \(data) already holds ") && again.stderr.split(separator: "\n").count == 1)
        #expect(try await node.members.all().count == (try await DataFolder(path: data).openNode().members.all().count))
    }

    @Test func aMissingSeedFolderIsOneLineAndCreatesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("demo")
        let result = try Executable.glocal("demo", "--data", data, "--seeds", folder.file("absent"))
        #expect(result.status == 1)
        #expect(result.stderr == "Error: seed file \(folder.file("absent"))/towns.json not found; pass --seeds <dir> with the folder "
                + "holding towns.json, people.json, projects.json, events.json and deals.json\n")
        #expect(!FileManager.default.fileExists(atPath: data))
    }

    @Test func serveWithDemoLoadsPrintsTheLoginsThenServes() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ChildProcess(Executable.url("glocal").path,
                                      ["serve", "--demo", "--data", folder.file("demo"), "--seeds", Self.seeds, "--port", "0"])
        var lines: [String] = []
        while let line = server.readLine() {
            lines.append(line)
            if line.hasPrefix("Glocal is serving on ") { break }
        }
        #expect(lines.first?.hasPrefix("loaded the demo into ") == true)
        #expect(lines.contains { $0.contains("committee@demo.glocal") })
        #expect(lines.contains { $0.hasPrefix("  verifier  ") })
        let address = try #require(lines.last)
        #expect(address.hasPrefix("Glocal is serving on http://127.0.0.1:"))
        let port = try #require(Int(address.split(separator: ":").last?.filter(\.isNumber) ?? ""))
        let body = #"{"email":"mentor@demo.glocal","password":"\#(Self.password)"}"#
        let signedIn = try LoopbackHTTP.fetch(port: port, "POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                              + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body)
        #expect(signedIn.hasPrefix("HTTP/1.1 201 ") && signedIn.contains("\"roles\":[\"mentor\"]"), "\(signedIn)")
        server.signal(SIGTERM)
        #expect(server.wait() == .exit(0))
    }

    @Test func seedsWithoutDemoIsBadUsage() throws {
        let result = try Executable.glocal("serve", "--seeds", "Seeds", "--port", "0")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --seeds needs --demo\n"))
    }

    private func expectEveryRoleLogsIn(_ node: Node) async throws {
        for role in Self.roles {
            let session = try await node.accounts.login(email: "\(role)@demo.glocal", password: Self.password, address: "test")
            if let granted = Role(rawValue: role) { #expect(session.account.roles.contains(granted), "\(role)") }
            if role != "admin" { #expect(try await node.members.member(account: session.account.id)?.status == .admitted) }
        }
    }

    private func expectTheTownsAndProjects(_ node: Node) async throws {
        #expect(Set(try await node.cities.all().map(\.name)) == ["Глазов", "Астрахань", "Курган"])
        let members = try await node.members.all()
        #expect(Set(MemberRole.allCases).isSubset(of: Set(members.flatMap(\.roles))), "every member role is present")
        #expect(members.contains { $0.status == .applied }, "an applicant waits for the Union")
        let stages = Set(try await node.projects.projects().map(\.stage))
        #expect(stages.count >= 4, "\(stages)")
    }

    private func expectTheEvents(_ node: Node) async throws {
        let page = try PageRequest()
        let game = try #require(try await node.events.events(kind: .game, page: page).items.first)
        #expect(game.status == .sealed)
        let cohort = try #require(try await node.events.events(kind: .accelerator, page: page).items.first)
        #expect(try await node.accelerators.projects(of: cohort.id).contains { $0.certificateSeq != nil })
        let challenge = try #require(try await node.events.events(kind: .challenge, page: page).items.first)
        #expect(challenge.status == .running && challenge.cityIDs.count == 3)
        #expect(try await !node.challenges.markHistory(of: challenge.id).isEmpty)
    }

    /// A running session with two projects on the agenda, equity and tranche pledges with
    /// their conditions, one accepted into a priced round, and the Union's option granted.
    private func expectTheInvestmentSession(_ node: Node) async throws {
        let session = try #require(try await node.events.events(kind: .investmentSession, page: try PageRequest()).items.first)
        #expect(session.status == .running)
        let agenda = try await node.investmentSessions.agenda(of: session.id)
        #expect(agenda.count == 2)
        #expect(try await node.investmentSessions.investors(of: session.id).count == 3)
        let pledges = try await node.investmentSessions.pledges(of: session.id)
        #expect(Set(pledges.map(\.form.name)) == ["equity", "tranches"])
        #expect(pledges.allSatisfy { !$0.conditions.isEmpty && Set(agenda.map(\.projectID)).contains($0.projectID) })
        let accepted = try #require(pledges.first { $0.status == .accepted })
        #expect(pledges.contains { $0.status == .pledged }, "pledges still wait for the project")
        guard case let .round(round)? = accepted.acceptance?.outcome else {
            Issue.record("the accepted equity pledge is a priced round")
            return
        }
        #expect(try await node.capTables.events(of: accepted.projectID).contains { $0.event.id == round })
        #expect(try await node.projects.project(id: accepted.projectID)?.stage == .funded)
        let summary = try await node.investmentSessions.summary(of: session.id)
        #expect(summary.accepted == accepted.amount && summary.pledged.value == pledges.reduce(0) { $0 + $1.amount.value })
        #expect(summary.projects.contains { $0.unionOption != nil })
    }

    private func expectTheDeals(_ node: Node) async throws {
        let page = try PageRequest()
        let active = try await node.contracts.contracts(ContractFilter(status: .active), page: page).items
        #expect(Set(active.map(\.kind)) == [.revenueShare, .crowdfunding])
        let funded = try #require(try await node.projects.projects().first { $0.stage == .funded })
        let events = try await node.capTables.events(of: funded.id).map(\.event)
        #expect(events.contains { if case .pricedRound = $0 { true } else { false } })
        #expect(events.contains { if case let .grantOption(grant) = $0 { grant.isUnionOption } else { false } })
    }
}
