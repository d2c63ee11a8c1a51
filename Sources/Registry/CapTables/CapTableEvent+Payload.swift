import Ledger

/// The ledger payload of an event: a JSON object with a `type` and snake_case fields holding
/// ids, units (integers), kopecks (integers) and `YYYY-MM-DD` dates only.
extension CapTableEvent {
    public var payload: JSONValue {
        var object: JSONObject = ["type": .string(typeName), "id": .string(id.rawValue), "date": .string(date.rfc3339)]
        for (key, value) in fields { object[key] = value }
        return .object(object)
    }

    /// Reads a payload written by `payload`, refusing a missing or mistyped field.
    public init(payload: JSONValue) throws(CapTableError) {
        let reader = try CapTablePayloadReader(payload)
        let id = CapTableEventID(try reader.string("id"))
        let date = try reader.date("date")
        switch try reader.string("type") {
        case "create_share_class":
            self = .createShareClass(ShareClassCreation(
                id: id, date: date, shareClass: ShareClassID(try reader.string("share_class")), name: try reader.string("name"),
                kind: try reader.kind("kind"), authorised: try reader.units("authorised_units"),
                pricePerUnit: try reader.optionalKopecks("price_per_unit_kopecks")))
        case "change_authorised":
            self = .changeAuthorised(AuthorisedChange(
                id: id, date: date, shareClass: ShareClassID(try reader.string("share_class")),
                authorised: try reader.units("authorised_units")))
        case "issue_shares":
            self = .issueShares(ShareIssuance(
                id: id, date: date, holder: StakeholderID(try reader.string("holder")),
                shareClass: ShareClassID(try reader.string("share_class")), units: try reader.units("units"),
                pricePerUnit: try reader.kopecks("price_per_unit_kopecks")))
        case "grant_option":
            self = .grantOption(OptionGrant(
                id: id, date: date, grantee: StakeholderID(try reader.string("grantee")),
                shareClass: ShareClassID(try reader.string("share_class")), units: try reader.units("units"),
                exercisePrice: try reader.kopecks("exercise_price_kopecks"), expiry: try reader.date("expiry"),
                vesting: try reader.vesting("vesting"), isUnionOption: try reader.bool("union_option")))
        case "attest_milestone":
            self = .attestMilestone(MilestoneAttestation(
                id: id, date: date, grant: CapTableEventID(try reader.string("grant")),
                milestone: VestingMilestoneID(try reader.string("milestone")),
                attester: StakeholderID(try reader.string("attester"))))
        case "exercise_option":
            self = .exerciseOption(OptionExercise(
                id: id, date: date, grant: CapTableEventID(try reader.string("grant")), units: try reader.units("units")))
        case "cancel_option":
            self = .cancelOption(OptionCancellation(
                id: id, date: date, grant: CapTableEventID(try reader.string("grant")), units: try reader.units("units")))
        case "transfer_shares":
            self = .transferShares(ShareTransfer(
                id: id, date: date, from: StakeholderID(try reader.string("from")), to: StakeholderID(try reader.string("to")),
                shareClass: ShareClassID(try reader.string("share_class")), units: try reader.units("units"),
                signedBy: try reader.keyID("signed_by")))
        case "priced_round":
            self = .pricedRound(PricedRound(
                id: id, date: date, shareClass: ShareClassID(try reader.string("share_class")), name: try reader.string("name"),
                kind: try reader.kind("kind"), investment: try reader.kopecks("investment_kopecks"),
                preMoney: try reader.kopecks("pre_money_kopecks"), investors: try reader.investors("investors")))
        case let other:
            throw .invalidPayload(field: "type", reason: "names no cap table event: \(other)")
        }
    }

    private var typeName: String {
        switch self {
        case .createShareClass: "create_share_class"
        case .changeAuthorised: "change_authorised"
        case .issueShares: "issue_shares"
        case .grantOption: "grant_option"
        case .attestMilestone: "attest_milestone"
        case .exerciseOption: "exercise_option"
        case .cancelOption: "cancel_option"
        case .transferShares: "transfer_shares"
        case .pricedRound: "priced_round"
        }
    }

    private var fields: [(String, JSONValue)] {
        switch self {
        case let .createShareClass(event):
            var fields: [(String, JSONValue)] = [("share_class", .string(event.shareClass.rawValue)), ("name", .string(event.name)),
                                                 ("kind", .string(event.kind.rawValue)), ("authorised_units", .integer(event.authorised.value))]
            if let price = event.pricePerUnit { fields.append(("price_per_unit_kopecks", .integer(price.value))) }
            return fields
        case let .changeAuthorised(event):
            return [("share_class", .string(event.shareClass.rawValue)), ("authorised_units", .integer(event.authorised.value))]
        case let .issueShares(event):
            return [("holder", .string(event.holder.rawValue)), ("share_class", .string(event.shareClass.rawValue)),
                    ("units", .integer(event.units.value)), ("price_per_unit_kopecks", .integer(event.pricePerUnit.value))]
        case let .grantOption(event):
            return [("grantee", .string(event.grantee.rawValue)), ("share_class", .string(event.shareClass.rawValue)),
                    ("units", .integer(event.units.value)), ("exercise_price_kopecks", .integer(event.exercisePrice.value)),
                    ("expiry", .string(event.expiry.rfc3339)), ("vesting", event.vesting.payload),
                    ("union_option", .bool(event.isUnionOption))]
        case let .attestMilestone(event):
            return [("grant", .string(event.grant.rawValue)), ("milestone", .string(event.milestone.rawValue)),
                    ("attester", .string(event.attester.rawValue))]
        case let .exerciseOption(event):
            return [("grant", .string(event.grant.rawValue)), ("units", .integer(event.units.value))]
        case let .cancelOption(event):
            return [("grant", .string(event.grant.rawValue)), ("units", .integer(event.units.value))]
        case let .transferShares(event):
            return [("from", .string(event.from.rawValue)), ("to", .string(event.to.rawValue)),
                    ("share_class", .string(event.shareClass.rawValue)), ("units", .integer(event.units.value)),
                    ("signed_by", .string(event.signedBy.hex))]
        case let .pricedRound(event):
            let investors = event.investors.map { investment -> JSONValue in
                ["investor": .string(investment.investor.rawValue), "amount_kopecks": .integer(investment.amount.value)]
            }
            return [("share_class", .string(event.shareClass.rawValue)), ("name", .string(event.name)),
                    ("kind", .string(event.kind.rawValue)), ("investment_kopecks", .integer(event.investment.value)),
                    ("pre_money_kopecks", .integer(event.preMoney.value)), ("investors", .array(investors))]
        }
    }
}

extension VestingSchedule {
    var payload: JSONValue {
        switch self {
        case let .cliffMonthly(start, cliffMonths, totalMonths):
            ["kind": "cliff_monthly", "start": .string(start.rfc3339), "cliff_months": .integer(Int64(cliffMonths)),
             "total_months": .integer(Int64(totalMonths))]
        case let .milestones(tranches):
            ["kind": "milestones", "tranches": .array(tranches.map { tranche in
                ["milestone": .string(tranche.milestone.rawValue), "units": .integer(tranche.units.value),
                 "attesters": .array(tranche.attesters.map { .string($0.rawValue) })]
            })]
        }
    }
}
