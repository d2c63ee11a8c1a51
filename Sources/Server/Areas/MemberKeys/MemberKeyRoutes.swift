import Ledger
import Registry

/// Members' signing keys: anyone reads them (they check members' signatures with them);
/// only the member itself adds one, held by the node or by the member.
public enum MemberKeyRoutes {
    public static func routes(memberKeys: MemberKeys, members: Members) -> [Route] {
        [
            Route(.get, "/api/v1/members/{member_id}/keys", operationID: "listMemberKeys",
                  summary: "A member's signing keys, active and revoked, oldest first", tag: "keys",
                  action: .readMemberKeys, access: .anyone,
                  documentation: RouteDocumentation(response: "MemberKeyList", errors: [.notFound])) { context in
                let member = try await member(context, members)
                return try .json(MemberKeyBodies.KeyList(items: await memberKeys.keys(of: member.id).map(MemberKeyBodies.KeyView.init)))
            },
            Route(.post, "/api/v1/members/{member_id}/keys", operationID: "addMemberKey",
                  summary: "Add a signing key: one the node holds for the member, or the member's own with a proof (the member itself)",
                  tag: "keys", action: .addMemberKey, access: .signedIn, bodyLimit: 4 * 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "AddMemberKeyRequest", response: "MemberKey", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict])) { context in
                let member = try await member(context, members)
                try Policy.require(context.actor, .addMemberKey, on: .ownedBy(accountID: member.accountID?.rawValue ?? ""))
                let body = try JSONBodyDecoder.decode(MemberKeyBodies.AddKeyRequest.self, from: context.request)
                let keyID: KeyID
                switch (body.custodial, body.publicKey, body.proof) {
                case (true?, nil, nil):
                    keyID = try await memberKeys.createCustodialKey(for: member.id)
                case (false?, let publicKey?, let proof?), (nil, let publicKey?, let proof?):
                    keyID = try await memberKeys.registerClientKey(for: member.id, publicKeyHex: publicKey, proofHex: proof)
                default:
                    throw APIError.validation([.init(pointer: "", detail:
                        "Send {\"custodial\": true}, or {\"public_key\": hex, \"proof\": hex} for a key you hold.")])
                }
                guard let key = await memberKeys.keys(of: member.id).first(where: { $0.keyID == keyID }) else {
                    throw APIError.notFound(detail: "The key was registered but cannot be read back.")
                }
                return try .json(MemberKeyBodies.KeyView(key), status: .created)
            },
        ]
    }

    private static func member(_ context: RequestContext, _ members: Members) async throws -> Member {
        guard let id = MemberID(rawValue: try context.parameter("member_id")), let member = try await members.member(id: id) else {
            throw APIError.notFound(detail: "No such member.")
        }
        return member
    }
}
