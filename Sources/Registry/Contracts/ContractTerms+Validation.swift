extension ContractTerms {
    /// Refuses terms no contract can be carried out under: no parties or a party named
    /// twice, basis points outside 0…10 000, amounts or weights out of range, tranches
    /// without attesters or with a milestone named twice.
    public func validate() throws(ContractError) {
        guard !parties.isEmpty else { throw .malformed(field: "terms.parties", reason: "must name at least one party") }
        guard Set(parties.map(\.id)).count == parties.count else {
            throw .malformed(field: "terms.parties", reason: "must name each party once")
        }
        switch parameters {
        case let .revenueShare(terms):
            try Self.basisPoints(terms.townFundBasisPoints, field: "town_fund_bp")
            try Self.weights(terms.fixedShares, field: "fixed_shares")
            guard terms.caps.values.allSatisfy({ $0 >= 0 }) else {
                throw .malformed(field: "terms.parameters.caps", reason: "caps must not be negative")
            }
        case let .milestoneTranches(terms):
            guard !terms.attesters.isEmpty, !terms.tranches.isEmpty else {
                throw .malformed(field: "terms.parameters", reason: "must name at least one attester and one tranche")
            }
            guard Set(terms.tranches.map(\.milestone)).count == terms.tranches.count else {
                throw .malformed(field: "terms.parameters.tranches", reason: "must name each milestone once")
            }
            guard terms.tranches.allSatisfy({ $0.amount > 0 }) else {
                throw .malformed(field: "terms.parameters.tranches", reason: "every tranche must be at least 1 kopeck")
            }
        case let .crowdfunding(terms):
            guard terms.target > 0 else { throw .nonPositiveAmount(terms.target) }
        case let .subscription(terms):
            try Self.basisPoints(terms.loyaltyBasisPoints, field: "loyalty_bp")
            try Self.weights(terms.funders.map { ($0.party, $0.contribution) }, field: "funders")
        case let .optionAgreement(terms):
            guard terms.units > 0, terms.exercisePrice.value >= 0 else {
                throw .malformed(field: "terms.parameters", reason: "units must be positive and the exercise price not negative")
            }
        }
    }

    private static func basisPoints(_ value: Int64, field: String) throws(ContractError) {
        guard (0...BasisPoints.whole).contains(value) else {
            throw .malformed(field: "terms.parameters.\(field)", reason: "must be from 0 to 10000 basis points, not \(value)")
        }
    }

    private static func weights(_ weights: [(party: PartyID, weight: Int64)], field: String) throws(ContractError) {
        guard Set(weights.map(\.party)).count == weights.count, weights.allSatisfy({ $0.weight >= 0 }) else {
            throw .malformed(field: "terms.parameters.\(field)", reason: "must name each party once with a weight not below 0")
        }
    }
}
