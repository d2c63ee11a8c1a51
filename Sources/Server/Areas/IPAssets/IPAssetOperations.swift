import Ledger
import Registry

/// The acts on IP assets, each decided by the holders it concerns: an admitted member
/// acts on assets it holds part of, Union staff on any. A deposit naming other members,
/// and a new split that changes other members' parts, wait for each of them to sign.
struct IPAssetOperations: Sendable {
    /// A member's answer to an IP act waiting for its consent: its own signature, or none
    /// to sign with its custodial key.
    struct Consent: Sendable {
        let request: IPConsentRequest
        let signature: PartySignature?
    }

    let deposit: Operation<IPDeposit, IPActOutcome<(asset: IPAsset, receipt: IPDepositReceipt)>>
    let assign: Operation<Change<IPAsset, [IPHolding]>, IPActOutcome<IPAsset>>
    let license: Operation<Change<IPAsset, LicenceGrant>, IPLicence>
    let listConsentRequests: Operation<Void, [IPConsentRequest]>
    let readConsentRequest: Operation<IPConsentRequest, IPConsentRequest>
    let sign: Operation<Consent, IPActOutcome<IPAsset>>
    let decline: Operation<IPConsentRequest, Void>

    init(ipAssets: IPAssets, members: Members, memberKeys: MemberKeys) {
        /// The caller's member, if the account has one (Union staff may have none).
        let actor: @Sendable (RequestContext) async throws -> MemberID? = { context in
            try await members.member(account: AccountID(unchecked: try context.signedIn.accountID))?.id
        }
        deposit = Operation("depositIPAsset", action: .depositIPAsset, resource: { _, deposit in
            .heldBy(accountIDs: try await IPAssetRoutes.admittedAccounts(deposit.holders, members))
        }, perform: { context, deposit in
            try await ipAssets.deposit(deposit, by: try await actor(context))
        })
        @Sendable func heldBy<Value>(_: RequestContext, _ change: Change<IPAsset, Value>) async throws -> Policy.Resource {
            .heldBy(accountIDs: try await IPAssetRoutes.admittedAccounts(change.record.holders, members))
        }
        assign = Operation("assignIPAssetHolders", action: .assignIPAsset, resource: heldBy) { context, change in
            try await ipAssets.assignHolders(change.value, of: change.record.id, by: try await actor(context))
        }
        license = Operation("grantIPLicence", action: .licenseIPAsset, resource: heldBy) { _, change in
            try await ipAssets.grantLicence(change.value, on: change.record.id)
        }
        listConsentRequests = Operation("listIPConsentRequests", action: .readIPConsentRequests) { context, _ in
            if context.actor?.roles.contains(.unionStaff) == true { return try await ipAssets.consentRequests() }
            guard let member = try await actor(context) else { return [] }
            return try await ipAssets.consentRequests(concerning: member)
        }
        @Sendable func concerned(_ request: IPConsentRequest) async throws -> Policy.Resource {
            var proposer: String?
            if let member = request.proposedBy { proposer = try await members.member(id: member)?.accountID?.rawValue }
            return .consentRequest(signerAccountIDs: try await IPAssetRoutes.accounts(of: request.signers.map(\.memberID), members),
                                   proposerAccountID: proposer)
        }
        readConsentRequest = Operation("getIPConsentRequest", action: .readIPConsentRequest,
                                       resource: { _, request in try await concerned(request) }, perform: { _, request in request })
        sign = Operation("signIPConsentRequest", action: .signIPConsentRequest,
                         resource: { _, consent in try await concerned(consent.request) }, perform: { context, consent in
            let member = try await context.callerMember(members).id
            let signature = if let given = consent.signature { given } else {
                try await memberKeys.sign(statementBytes: try consent.request.statementBytes, as: member)
            }
            return try await ipAssets.consent(to: consent.request.id, by: member, signature: signature)
        })
        decline = Operation("declineIPConsentRequest", action: .declineIPConsentRequest,
                            resource: { _, request in try await concerned(request) }, perform: { context, request in
            try await ipAssets.decline(request.id, by: try await context.callerMember(members).id)
        })
    }
}
