import Ledger

extension ContractEvent {
    /// Reads a ledger payload written by `payload`.
    public init(payload: JSONValue) throws(ContractError) {
        let reader = try ContractPayloadReader(payload, path: "")
        let date = try reader.date("date")
        let action: Action
        switch try reader.string("event") {
        case "proposed":
            action = .proposed(try ContractTerms(json: try reader.value("terms")))
        case "signed":
            guard let keyID = try? KeyID(hex: try reader.string("key_id")) else {
                throw .malformed(field: "key_id", reason: "must be the 64 lowercase hex digits of a key id")
            }
            action = .signed(party: try reader.party("party"), keyID: keyID)
        case "cost_reported":
            action = .costReported(amount: try reader.amount("kopecks"))
        case "revenue_reported":
            let holders = reader.has("holders") ? try reader.weights("holders", amountKey: "units") : []
            action = .revenueReported(amount: try reader.amount("kopecks"), holders: holders)
        case "milestone_attested":
            action = .milestoneAttested(milestone: try reader.string("milestone"), attester: try reader.party("attester"))
        case "pledged":
            action = .pledged(party: try reader.party("party"), amount: try reader.amount("kopecks"))
        case "withdrawn":
            action = .withdrawn(party: try reader.party("party"), amount: try reader.amount("kopecks"))
        case "subscription_paid":
            action = .subscriptionPaid(party: try reader.party("party"), amount: try reader.amount("kopecks"))
        case "terminated":
            var by: [PartyID] = []
            for (index, value) in try reader.array("by").enumerated() {
                guard let party = value.stringValue.flatMap(PartyID.init(rawValue:)) else {
                    throw .malformed(field: "by[\(index)]", reason: "must be a party id")
                }
                by.append(party)
            }
            action = .terminated(by: by)
        case let other:
            throw .malformed(field: "event", reason: "unknown event \(other)")
        }
        self.init(action, on: date)
    }

    /// The JSON payload a ledger entry carries for this event.
    public var payload: JSONValue {
        var object: JSONObject = ["event": .string(name), "date": .string(date.rfc3339)]
        switch action {
        case let .proposed(terms):
            object["terms"] = terms.json
        case let .signed(party, keyID):
            object["party"] = .string(party.rawValue)
            object["key_id"] = .string(keyID.hex)
        case let .costReported(amount):
            object["kopecks"] = .integer(amount)
        case let .revenueReported(amount, holders):
            object["kopecks"] = .integer(amount)
            if !holders.isEmpty { object["holders"] = holders.json(amountKey: "units") }
        case let .milestoneAttested(milestone, attester):
            object["milestone"] = .string(milestone)
            object["attester"] = .string(attester.rawValue)
        case let .pledged(party, amount), let .withdrawn(party, amount), let .subscriptionPaid(party, amount):
            object["party"] = .string(party.rawValue)
            object["kopecks"] = .integer(amount)
        case let .terminated(by):
            object["by"] = .array(by.map { .string($0.rawValue) })
        }
        return .object(object)
    }
}
