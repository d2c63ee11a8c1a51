import Ledger

/// The SQL behind a town's computed indicators: each act's amount, day and ledger entry,
/// read from the rows the acts wrote, summed by calendar year. The costs grow with the
/// Union's accepted pledges and adoptions, not with its projects (`CROSS JOIN` keeps
/// SQLite from walking the town's projects instead, tens of thousands in a large town);
/// a contract's revenue is replayed from its events, only for the contracts that name the
/// town's fund.
struct ComputedIndicatorStore {
    let database: SQLiteConnection

    /// One act counted by an indicator.
    private struct Fact {
        let day: CalendarDate
        let amount: Int64
        let seq: Int
    }

    func figures(of city: CityID) throws -> [ComputedIndicator: [ComputedFigure]] {
        let town = SQLiteValue.text(city.rawValue)
        let facts: [ComputedIndicator: [Fact]] = [
            .investedInProjects: try database.query("""
                SELECT substr(pledge.decided_at, 1, 10) AS day, pledge.amount_kopecks AS amount, pledge.accept_seq AS seq
                FROM investment_pledge pledge CROSS JOIN project ON project.id = pledge.project_id
                WHERE pledge.status = 'accepted' AND pledge.accept_seq IS NOT NULL AND pledge.contract_id IS NOT NULL
                  AND project.city_id = ?
                """, [town], fact) + database.query("""
                SELECT json_extract(round.payload, '$.date') AS day, json_extract(round.payload, '$.investment_kopecks') AS amount,
                       round.ledger_seq AS seq
                FROM cap_table_event round JOIN project ON project.id = round.project_id
                WHERE json_extract(round.payload, '$.type') = 'priced_round' AND project.city_id = ?
                """, [town], fact),
            .projectsAdoptedElsewhere: try database.query("""
                SELECT adoption.adopted_on AS day, 1 AS amount, adoption.ledger_seq AS seq
                FROM project_adoption adoption CROSS JOIN project ON project.id = adoption.project_id
                WHERE adoption.ledger_seq IS NOT NULL AND project.city_id = ?
                """, [town], fact),
            .practicesAdoptedElsewhere: try database.query("""
                SELECT substr(adoption.adopted_at, 1, 10) AS day, 1 AS amount, adoption.ledger_seq AS seq
                FROM practice_adoption adoption JOIN practice ON practice.id = adoption.practice_id
                WHERE practice.city_id = ?
                """, [town], fact),
            .townFundRevenue: try fundRevenue(of: city),
        ]
        var figures: [ComputedIndicator: [ComputedFigure]] = [:]
        for (indicator, facts) in facts where !facts.isEmpty {
            let byYear = Dictionary(grouping: facts.sorted { $0.seq < $1.seq }, by: \.day.year)
            figures[indicator] = byYear.keys.sorted().map { year in
                let facts = byYear[year] ?? []
                let total = facts.reduce(Int64(0)) { sum, fact in
                    let (added, overflow) = sum.addingReportingOverflow(fact.amount)
                    return overflow ? Int64.max : added
                }
                return ComputedFigure(indicator: indicator, year: year, value: total, ledgerSeqs: facts.map(\.seq))
            }
        }
        return figures
    }

    /// The fund's share of each revenue report of every contract whose terms name
    /// `town_fund:<city>` (found by the index on the proposals' terms), by replaying the
    /// contract's events and keeping the fund's new statement lines.
    private func fundRevenue(of city: CityID) throws -> [Fact] {
        guard let fund = PartyID.townFund(city.rawValue) else { return [] }
        let contracts = try database.query("""

            SELECT contract_id FROM contract_event
            WHERE json_extract(payload, '$.event') = 'proposed' AND json_extract(payload, '$.terms.parameters.town_fund') = ?
            ORDER BY ledger_seq
            """, [.text(fund.rawValue)]) { row in
            let id: ContractID = try TableRow(row, table: "contract_event", idColumn: "contract_id").value("contract_id")
            return id
        }
        var facts: [Fact] = []
        for contract in contracts {
            let events = try ContractStore(database: database).events(of: contract)
            guard let first = events.first, case let .proposed(terms) = first.event.action else { continue }
            var state = try ContractState(proposal: terms, on: first.event.date)
            for (seq, event) in events.dropFirst() {
                let before = state.balances.statement(for: fund).count
                try state.apply(event)
                let share = state.balances.statement(for: fund).dropFirst(before).filter { $0.what == "town_fund_share" }
                    .reduce(Int64(0)) { $0 + $1.amount }
                if share > 0 { facts.append(Fact(day: event.date, amount: share, seq: seq)) }
            }
        }
        return facts
    }

    private func fact(_ row: SQLiteRow) throws -> Fact {
        let row = TableRow(row, table: "computed indicator source", idColumn: "seq")
        return Fact(day: try row.value("day"), amount: try row.value("amount"), seq: try row.value("seq"))
    }
}
