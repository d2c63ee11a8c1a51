import Ledger

/// A grant's vesting schedule as an OCF vesting-conditions graph.
///
/// Cliff and monthly: `start` (the vesting start, nothing vests) → `cliff` (the cliff's share,
/// one period of `cliffMonths`) → `monthly` (the rest, `totalMonths − cliffMonths` monthly
/// occurrences); a missing cliff or an all-cliff schedule drops that node. Allocation is
/// `CUMULATIVE_ROUND_DOWN`, which is the cap table's own floor-of-cumulative rule. Milestones:
/// `start` → one `VESTING_EVENT` condition per tranche, each with its units as a quantity.
enum OCFVestingTerms {
    static let startCondition = "start"

    static func id(of grant: CapTableEventID) -> String { "vt_\(grant)" }

    static func condition(of milestone: VestingMilestoneID) -> String { "milestone_\(milestone)" }

    static func object(for grant: OptionGrant) -> JSONValue {
        let conditions: [JSONValue]
        let description: String
        switch grant.vesting {
        case let .cliffMonthly(_, cliffMonths, totalMonths):
            description = "\(totalMonths) months, \(cliffMonths)-month cliff, monthly thereafter"
            conditions = cliffMonthly(cliffMonths: cliffMonths, totalMonths: totalMonths)
        case let .milestones(tranches):
            description = "Milestones, each vesting when all its attesters have attested"
            conditions = milestones(tranches)
        }
        return ["object_type": "VESTING_TERMS", "id": .string(id(of: grant.id)), "name": .string("Vesting of \(grant.id)"),
                "description": .string(description), "allocation_type": "CUMULATIVE_ROUND_DOWN",
                "vesting_conditions": .array(conditions)]
    }

    private static func cliffMonthly(cliffMonths: Int, totalMonths: Int) -> [JSONValue] {
        let total = Int64(totalMonths)
        let monthlyCount = totalMonths - cliffMonths
        let first = cliffMonths > 0 ? "cliff" : monthlyCount > 0 ? "monthly" : nil
        var conditions: [JSONValue] = [
            ["id": .string(startCondition), "trigger": ["type": "VESTING_START_DATE"],
             "portion": portion(0, total), "next_condition_ids": .array(first.map { [.string($0)] } ?? [])],
        ]
        if cliffMonths > 0 {
            conditions.append(["id": "cliff", "portion": portion(Int64(cliffMonths), total),
                               "trigger": relative(months: cliffMonths, occurrences: 1, after: startCondition),
                               "next_condition_ids": .array(monthlyCount > 0 ? ["monthly"] : [])])
        }
        if monthlyCount > 0 {
            conditions.append(["id": "monthly", "portion": portion(Int64(monthlyCount), total),
                               "trigger": relative(months: 1, occurrences: monthlyCount,
                                                   after: cliffMonths > 0 ? "cliff" : startCondition),
                               "next_condition_ids": []])
        }
        return conditions
    }

    private static func milestones(_ tranches: [MilestoneTranche]) -> [JSONValue] {
        var conditions: [JSONValue] = [
            ["id": .string(startCondition), "trigger": ["type": "VESTING_START_DATE"], "quantity": "0",
             "next_condition_ids": .array(tranches.map { .string(condition(of: $0.milestone)) })],
        ]
        for tranche in tranches {
            conditions.append(["id": .string(condition(of: tranche.milestone)), "trigger": ["type": "VESTING_EVENT"],
                               "quantity": OCFValue.numeric(tranche.units.value), "next_condition_ids": []])
        }
        return conditions
    }

    private static func portion(_ numerator: Int64, _ denominator: Int64) -> JSONValue {
        ["numerator": OCFValue.numeric(numerator), "denominator": OCFValue.numeric(denominator)]
    }

    private static func relative(months: Int, occurrences: Int, after condition: String) -> JSONValue {
        ["type": "VESTING_SCHEDULE_RELATIVE", "relative_to_condition_id": .string(condition),
         "period": ["type": "MONTHS", "length": .integer(Int64(months)), "occurrences": .integer(Int64(occurrences)),
                    "day_of_month": "VESTING_START_DAY_OR_LAST_DAY_OF_MONTH"]]
    }
}
