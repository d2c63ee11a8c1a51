import Registry

/// A member's answers, from its account page, to the IP acts waiting for its consent: sign
/// with its custodial key, or decline. Each form runs the operation of its JSON twin
/// (`POST`/`DELETE /api/v1/ip-consents/{id}…`), decided by the same policy.
enum IPConsentPages {
    static func routes(node: Node, operations: IPAssetOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in
            try await AccountPage(node: node, context: context, layout: layout).render(problem: problem)
        }
        return [
            PageForm.route("/account/ip-consents/{request_id}/signatures", operationID: "signIPConsentFormSubmit",
                           summary: "Sign an IP act waiting for the signed-in member's consent, with its custodial key",
                           running: operations.sign, render: render,
                           input: { context, _ in .init(request: try await IPAssetRoutes.consentRequest(context, node.ipAssets), signature: nil) },
                           then: { _, _ in "/account" }),
            PageForm.route("/account/ip-consents/{request_id}/declines", operationID: "declineIPConsentFormSubmit",
                           summary: "Decline an IP act waiting for the signed-in member's consent; nothing is written",
                           running: operations.decline, render: render,
                           input: { context, _ in try await IPAssetRoutes.consentRequest(context, node.ipAssets) },
                           then: { _, _ in "/account" }),
        ]
    }
}
