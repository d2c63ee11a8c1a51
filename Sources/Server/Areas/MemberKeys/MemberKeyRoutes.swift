import Ledger
import Registry

/// Members' signing keys: anyone reads them (they check members' signatures with them);
/// only the member itself adds one, held by the node or by the member.
enum MemberKeyRoutes {
    static func routes(memberKeys: MemberKeys, members: Members, operations: AccountOperations) -> [Route] {
        [
            Route(.get, "/api/v1/members/{member_id}/keys", operationID: "listMemberKeys",
                  summary: "A member's signing keys, active and revoked, oldest first", tag: "keys",
                  action: .readMemberKeys, access: .anyone,
                  documentation: RouteDocumentation(response: "MemberKeyList", errors: [.notFound])) { context in
                let member = try await RegisterRoutes.member(context, members)
                return try .json(MemberKeyBodies.KeyList(items: await memberKeys.keys(of: member.id).map(MemberKeyBodies.KeyView.init)))
            },
            Route(.post, "/api/v1/members/{member_id}/keys", running: operations.addKey,
                  summary: "Add a signing key: one the node holds for the member, or the member's own with a proof (the member itself)",
                  tag: "keys", access: .signedIn, bodyLimit: 4 * 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "AddMemberKeyRequest", response: "MemberKey", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let member = try await RegisterRoutes.member(context, members)
                      let body = try JSONBodyDecoder.decode(MemberKeyBodies.AddKeyRequest.self, from: context.request)
                      switch (body.custodial, body.publicKey, body.proof) {
                      case (true?, nil, nil):
                          return .init(member: member, kind: .custodial)
                      case (false?, let publicKey?, let proof?), (nil, let publicKey?, let proof?):
                          return .init(member: member, kind: .held(publicKeyHex: publicKey, proofHex: proof))
                      default:
                          throw APIError.validation([.init(pointer: "", detail:
                              "Send {\"custodial\": true}, or {\"public_key\": hex, \"proof\": hex} for a key you hold.")])
                      }
                  },
                  respond: { key in try .json(MemberKeyBodies.KeyView(key), status: .created) }),
        ]
    }
}
