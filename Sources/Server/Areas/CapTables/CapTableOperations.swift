import Ledger
import Registry

/// The acts on a project's cap table, run alike by the JSON routes and the staff desk:
/// events the Union records alone, exercises by the grantee or staff, and the acts a member
/// signs (a seller's transfer, an attester's attestation), each decided by its signer.
/// A signed act's input is its body: the event's fields, the member who signs, and the
/// signature when the member made it with a key it holds.
struct CapTableOperations: Sendable {
    /// The lookups the operations and the cap table's read routes share.
    let services: CapTableServices
    let record: Operation<Change<Project, CapTableEvent>, RecordedCapTableEvent>
    let exercise: Operation<Change<Project, CapTableEvent>, RecordedCapTableEvent>
    let attest: Operation<Change<Project, JSONObject>, RecordedCapTableEvent>
    let attestStatement: Operation<Change<Project, JSONObject>, (PartyStatement, CapTableEvent)>
    let transfer: Operation<Change<Project, JSONObject>, RecordedCapTableEvent>
    let transferStatement: Operation<Change<Project, JSONObject>, (PartyStatement, CapTableEvent)>
    /// What the public sees of the cap table: the project's lead or Union staff choose.
    let setVisibility: Operation<Change<Project, CapTableVisibility>, Change<Project, CapTableVisibility>>

    init(_ services: CapTableServices) {
        self.services = services
        let capTables = services.capTables
        record = Operation("recordCapTableEvent", action: .recordCapTableEvent) { _, input in
            try await capTables.record(input.value, in: input.record.id)
        }
        exercise = Operation("exerciseCapTableOption", action: .exerciseOption, resource: { _, input in
            guard case let .exerciseOption(exercise) = input.value,
                  let holder = try await capTables.table(of: input.record.id).grants[exercise.grant]?.grant.grantee else {
                return .ownedBy(accountID: "")
            }
            return .ownedBy(accountID: try await services.account(of: holder))
        }, perform: { _, input in
            try await capTables.record(input.value, in: input.record.id)
        })
        attest = Self.recording(.attestation, services)
        attestStatement = Self.statement(.attestation, services)
        transfer = Self.recording(.transfer, services)
        transferStatement = Self.statement(.transfer, services)
        setVisibility = Operation("setCapTableVisibility", action: .setCapTableVisibility, resource: { _, change in
            try await services.resource(change.record)
        }, perform: { _, change in
            try await capTables.setVisibility(change.value, of: change.record.id)
            return change
        })
    }

    /// Records `act`: with the signature the body carries, or signed with the signer's custodial key.
    private static func recording(_ act: CapTableSignedAct, _ services: CapTableServices) -> Operation<Change<Project, JSONObject>, RecordedCapTableEvent> {
        Operation(act.operation, action: act.action, resource: { _, input in try await signer(act, input.value, services) }) { _, input in
            let (event, signature) = try await signedEvent(act, input.value, services)
            return if let signature {
                try await services.capTables.record(event, in: input.record.id, signedWith: signature)
            } else {
                try await services.capTables.recordSignedWithCustodialKey(event, in: input.record.id)
            }
        }
    }

    /// The exact statement the signer of `act` signs.
    private static func statement(_ act: CapTableSignedAct, _ services: CapTableServices) -> Operation<Change<Project, JSONObject>, (PartyStatement, CapTableEvent)> {
        Operation(act.operation + "Statement", action: act.action, resource: { _, input in try await signer(act, input.value, services) }) {
            _, input in
            let (event, _) = try await signedEvent(act, input.value, services)
            return (try services.capTables.statement(for: event, in: input.record.id), event)
        }
    }

    /// The signer's account: only the member who signs the act sends it.
    private static func signer(_ act: CapTableSignedAct, _ body: JSONObject, _ services: CapTableServices) async throws -> Policy.Resource {
        guard let signer = body[act.signerField]?.stringValue.map({ StakeholderID($0) }) else {
            throw APIError.validation([.init(pointer: "/" + act.signerField, detail: "\(act.signerField) is required.")])
        }
        return .ownedBy(accountID: try await services.account(of: signer))
    }

    /// The event a signed act's body describes, and the signature the body carries, if any.
    private static func signedEvent(_ act: CapTableSignedAct, _ body: JSONObject,
                                    _ services: CapTableServices) async throws -> (CapTableEvent, PartySignature?) {
        var fields = JSONObject()
        if act == .transfer, let seller = body[act.signerField]?.stringValue.map({ StakeholderID($0) }) {
            fields["signed_by"] = .string(try await services.transferKey(body, seller: seller).hex)
        }
        return (try CapTableRequest.event(from: body, type: act.type, fields: fields), try CapTableRequest.signature(in: body))
    }
}
