import Ledger

extension ContractTerms {
    /// Reads terms written by `json`, refusing unknown kinds, rules and out-of-range numbers.
    public init(json: JSONValue) throws(ContractError) {
        let reader = try ContractPayloadReader(json, path: "terms")
        let kindName = try reader.string("kind")
        guard let kind = ContractKind(rawValue: kindName) else {
            throw .malformed(field: "terms.kind", reason: "unknown kind \(kindName)")
        }
        var parties: [ContractParty] = []
        for element in try reader.readers("parties") {
            parties.append(ContractParty(id: try element.party("party"), role: try element.string("role")))
        }
        self.init(textSHA256: try reader.digest("text_sha256"), parties: parties,
                  termination: try Self.termination(try reader.reader("termination")),
                  parameters: try Self.parameters(kind, try reader.reader("parameters")))
        try validate()
    }

    /// The canonical JSON form: ids, numbers, dates and the text's hash only.
    public var json: JSONValue {
        var termination: JSONObject = ["rule": .string(self.termination.name)]
        if case let .onDate(date) = self.termination { termination["date"] = .string(date.rfc3339) }
        return [
            "kind": .string(kind.rawValue),
            "text_sha256": .string(textSHA256.hex),
            "parties": .array(parties.map { .object(["party": .string($0.id.rawValue), "role": .string($0.role)]) }),
            "termination": .object(termination),
            "parameters": parametersJSON,
        ]
    }

    private static func termination(_ reader: ContractPayloadReader) throws(ContractError) -> TerminationRule {
        switch try reader.string("rule") {
        case "by_union": return .byUnion
        case "by_all_parties": return .byAllParties
        case "on_date": return .onDate(try reader.date("date"))
        case "on_deadline": return .onDeadline
        case let other: throw .malformed(field: "terms.termination.rule", reason: "unknown rule \(other)")
        }
    }

    private static func parameters(_ kind: ContractKind, _ reader: ContractPayloadReader) throws(ContractError) -> ContractParameters {
        switch kind {
        case .revenueShare:
            var caps: [PartyID: Int64] = [:]
            if reader.has("caps") {
                for (party, cap) in try reader.weights("caps", amountKey: "kopecks") { caps[party] = cap }
            }
            return .revenueShare(RevenueShareTerms(
                townFund: try reader.party("town_fund"), townFundBasisPoints: try reader.integer("town_fund_bp", in: 0...10_000),
                fixedShares: reader.has("fixed_shares") ? try reader.weights("fixed_shares", amountKey: "weight") : [],
                caps: caps))
        case .milestoneTranches:
            var tranches: [TrancheTerms.Tranche] = []
            for element in try reader.readers("tranches") {
                tranches.append(TrancheTerms.Tranche(milestone: try element.string("milestone"), amount: try element.amount("kopecks")))
            }
            var attesters: [PartyID] = []
            for (index, value) in try reader.array("attesters").enumerated() {
                guard let attester = value.stringValue.flatMap(PartyID.init(rawValue:)) else {
                    throw .malformed(field: "terms.parameters.attesters[\(index)]", reason: "must be a party id")
                }
                attesters.append(attester)
            }
            return .milestoneTranches(TrancheTerms(investor: try reader.party("investor"), recipient: try reader.party("recipient"),
                                                   attesters: attesters, tranches: tranches))
        case .crowdfunding:
            let excessName = try reader.string("excess")
            guard let excess = CrowdfundingTerms.ExcessRule(rawValue: excessName) else {
                throw .malformed(field: "terms.parameters.excess", reason: "must be keep_all or refund_excess_pro_rata, not \(excessName)")
            }
            return .crowdfunding(CrowdfundingTerms(target: try reader.amount("target"), deadline: try reader.date("deadline"),
                                                   developer: try reader.party("developer"), excess: excess))
        case .subscription:
            return .subscription(SubscriptionTerms(
                developer: try reader.party("developer"), loyaltyBasisPoints: try reader.integer("loyalty_bp", in: 0...10_000),
                funders: try reader.weights("funders", amountKey: "kopecks").map { ($0.party, $0.weight) }))
        case .optionAgreement:
            return .optionAgreement(OptionTerms(grantID: try reader.string("grant_id"), units: try reader.amount("units"),
                                                exercisePrice: Kopecks(try reader.integer("exercise_price"))))
        }
    }

    private var parametersJSON: JSONValue {
        switch parameters {
        case let .revenueShare(terms):
            var object: JSONObject = ["town_fund": .string(terms.townFund.rawValue), "town_fund_bp": .integer(terms.townFundBasisPoints)]
            if !terms.fixedShares.isEmpty { object["fixed_shares"] = terms.fixedShares.json(amountKey: "weight") }
            if !terms.caps.isEmpty {
                object["caps"] = terms.caps.sorted { $0.key < $1.key }.map { (party: $0.key, weight: $0.value) }.json(amountKey: "kopecks")
            }
            return .object(object)
        case let .milestoneTranches(terms):
            return [
                "investor": .string(terms.investor.rawValue), "recipient": .string(terms.recipient.rawValue),
                "attesters": .array(terms.attesters.map { .string($0.rawValue) }),
                "tranches": .array(terms.tranches.map { .object(["milestone": .string($0.milestone), "kopecks": .integer($0.amount)]) }),
            ]
        case let .crowdfunding(terms):
            return ["target": .integer(terms.target), "deadline": .string(terms.deadline.rfc3339),
                    "developer": .string(terms.developer.rawValue), "excess": .string(terms.excess.rawValue)]
        case let .subscription(terms):
            return ["developer": .string(terms.developer.rawValue), "loyalty_bp": .integer(terms.loyaltyBasisPoints),
                    "funders": terms.funders.map { (party: $0.party, weight: $0.contribution) }.json(amountKey: "kopecks")]
        case let .optionAgreement(terms):
            return ["grant_id": .string(terms.grantID), "units": .integer(terms.units),
                    "exercise_price": .integer(terms.exercisePrice.value)]
        }
    }
}
