import Ledger
import Registry

/// What the cap table routes work with, and the look-ups they share: the project in the
/// path, the accounts behind stakeholders, and whether the caller sees a table in full.
struct CapTableServices: Sendable {
    let capTables: CapTables
    let projects: Projects
    let members: Members
    let memberKeys: MemberKeys

    func project(_ context: RequestContext) async throws -> Project {
        try await ProjectRoutes.project(context, projects)
    }

    /// The project as the policy sees it: by its lead's account.
    func resource(_ project: Project) async throws -> Policy.Resource {
        guard let lead = project.lead else { return .project(leadAccountID: nil) }
        return .project(leadAccountID: try await members.member(id: lead)?.accountID?.rawValue)
    }

    /// The account of a stakeholder who is a member with a login, or "" (which no caller is).
    func account(of stakeholder: StakeholderID) async throws -> String {
        guard let member = MemberID(rawValue: stakeholder.rawValue) else { return "" }
        return try await members.member(id: member)?.accountID?.rawValue ?? ""
    }

    /// Whether the caller sees the project's table in full whatever it chose: its lead and staff.
    func seesFull(_ context: RequestContext, _ project: Project) async throws -> Bool {
        Policy.decide(actor: context.actor, action: .readFullCapTable, resource: try await resource(project)) == .allow
    }

    /// The `as_of` query parameter, or today.
    func asOf(_ context: RequestContext) throws -> CalendarDate {
        try QueryParameters(context.request).value("as_of") ?? capTables.today
    }

    /// The key a transfer names in `signed_by`: the signature's, the `key_id` a client will
    /// sign with, or else the seller's custodial key, with which the node will sign.
    func transferKey(_ body: JSONObject, seller: StakeholderID) async throws -> KeyID {
        if let signature = try CapTableRequest.signature(in: body) { return signature.keyID }
        if let text = body["key_id"] {
            guard let hex = text.stringValue, let key = try? KeyID(hex: hex) else {
                throw APIError.validation([.init(pointer: "/key_id", detail: "key_id must be 64 lowercase hex digits.")])
            }
            return key
        }
        guard let member = MemberID(rawValue: seller.rawValue) else { throw CapTableSigningError.signerNotAMember(seller) }
        return try await memberKeys.custodialKey(of: member)
    }
}
