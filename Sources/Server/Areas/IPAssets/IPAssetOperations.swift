import Registry

/// The acts on IP assets, each decided by the holders it concerns: an admitted member
/// acts on assets it holds part of, Union staff on any.
struct IPAssetOperations: Sendable {
    let deposit: Operation<IPDeposit, (asset: IPAsset, receipt: IPDepositReceipt)>
    let assign: Operation<Change<IPAsset, [IPHolding]>, IPAsset>
    let license: Operation<Change<IPAsset, LicenceGrant>, IPLicence>

    init(ipAssets: IPAssets, members: Members) {
        deposit = Operation("depositIPAsset", action: .depositIPAsset, resource: { _, deposit in
            .heldBy(accountIDs: try await IPAssetRoutes.admittedAccounts(deposit.holders, members))
        }, perform: { _, deposit in
            try await ipAssets.deposit(deposit)
        })
        @Sendable func heldBy<Value>(_: RequestContext, _ change: Change<IPAsset, Value>) async throws -> Policy.Resource {
            .heldBy(accountIDs: try await IPAssetRoutes.admittedAccounts(change.record.holders, members))
        }
        assign = Operation("assignIPAssetHolders", action: .assignIPAsset, resource: heldBy) { _, change in
            try await ipAssets.assignHolders(change.value, of: change.record.id)
        }
        license = Operation("grantIPLicence", action: .licenseIPAsset, resource: heldBy) { _, change in
            try await ipAssets.grantLicence(change.value, on: change.record.id)
        }
    }
}
