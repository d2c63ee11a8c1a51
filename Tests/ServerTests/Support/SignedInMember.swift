import Registry

/// An admitted member of `city` with an account of `roles`, and a client signed in as it:
/// the caller of most tests of members' own acts.
enum SignedInMember {
    static let password = "correct horse battery staple"

    static func make(_ email: String, in city: City, app: TestApplication, roles: Set<Role> = [.resident],
                     port: Int) async throws -> (APIClient, Member) {
        let account = try await app.node.accounts.createAccount(email: email, password: password, roles: roles)
        let applied = try await app.node.members.apply(MemberApplication(kind: .person, name: "Участник", cityID: city.id,
                                                                         accountID: account.id))
        let member = try await app.node.members.setStatus(.admitted, of: applied.id)
        let client = try APIClient(port: port)
        _ = try await client.logIn(email: email, password: password)
        return (client, member)
    }
}
