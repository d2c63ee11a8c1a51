import Foundation
import Ledger
import Registry
@testable import Server

/// A server with one project and the people around its cap table: Union staff, the lead
/// Anna (a holder), Boris (a grantee), Vera (a mentor who attests), a signed-in stranger
/// and nobody. The project has a common class, Anna's 600 000 units, the Union's option
/// (four years, one-year cliff) and Boris's option vesting on Vera's attestation.
struct CapTableParties {
    static let password = "correct horse battery staple"

    let app: TestApplication
    let server: TestServer
    let staff: APIClient
    let anna: APIClient
    let boris: APIClient
    let vera: APIClient
    let stranger: APIClient
    let annaID: MemberID
    let borisID: MemberID
    let veraID: MemberID
    let projectID: ProjectID

    var path: String { "/api/v1/projects/\(projectID)/cap-table" }

    /// A new connection of nobody signed in, for one request: a connection left unused
    /// would hold up the server's shutdown until its read timeout.
    func anonymous() throws -> APIClient {
        try APIClient(port: server.port)
    }

    static func make() async throws -> CapTableParties {
        let app = try await TestApplication.make()
        let server = try TestServer.start(app.router)
        func client(_ email: String, roles: Set<Role>) async throws -> (APIClient, AccountID) {
            let account = try await app.node.accounts.createAccount(email: email, password: password, roles: roles)
            let client = try APIClient(port: server.port)
            _ = try await client.logIn(email: email, password: password)
            return (client, account.id)
        }
        func member(_ email: String, _ name: String) async throws -> (APIClient, MemberID) {
            let (client, account) = try await client(email, roles: [.resident])
            let member = try await app.node.members.apply(MemberApplication(kind: .person, name: name, accountID: account))
            return (client, try await app.node.members.setStatus(.admitted, of: member.id).id)
        }
        let (staff, _) = try await client("staff@example.org", roles: [.unionStaff])
        let (stranger, _) = try await client("stranger@example.org", roles: [.resident])
        let (anna, annaID) = try await member("anna@example.org", "Анна Ёлкина")
        let (boris, borisID) = try await member("boris@example.org", "Борис Щукин")
        let (vera, veraID) = try await member("vera@example.org", "Вера Наставник")
        let city = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let project = try await app.node.projects.create(
            ProjectDraft(title: "Умная остановка", summary: "Табло.", direction: "транспорт", cityID: city.id), lead: annaID)
        let parties = CapTableParties(app: app, server: server, staff: staff, anna: anna, boris: boris, vera: vera,
                                      stranger: stranger, annaID: annaID,
                                      borisID: borisID, veraID: veraID, projectID: project.id)
        for event in [
            #"{"type":"create_share_class","date":"2026-01-15","share_class":"common","name":"Common","kind":"common","authorised_units":1000000}"#,
            #"{"type":"issue_shares","date":"2026-01-15","holder":"\#(annaID)","share_class":"common","units":600000,"price_per_unit_kopecks":1}"#,
            #"{"type":"grant_option","id":"union_option","date":"2026-02-01","grantee":"union","share_class":"common","units":100000,"exercise_price_kopecks":100,"expiry":"2036-02-01","vesting":{"kind":"cliff_monthly","start":"2026-02-01","cliff_months":12,"total_months":48},"union_option":true}"#,
            #"{"type":"grant_option","id":"boris_option","date":"2026-02-01","grantee":"\#(borisID)","share_class":"common","units":50000,"exercise_price_kopecks":100,"expiry":"2036-02-01","vesting":{"kind":"milestones","tranches":[{"milestone":"mvp","units":50000,"attesters":["\#(veraID)"]}]},"union_option":false}"#,
        ] {
            let response = try await staff.send("POST", parties.path + "/events", json: event)
            guard response.status == 201 else { throw SetupFailed(response: response.text) }
        }
        return parties
    }

    struct SetupFailed: Error {
        let response: String
    }

    func remove() async {
        await server.stop()
        app.remove()
    }
}
