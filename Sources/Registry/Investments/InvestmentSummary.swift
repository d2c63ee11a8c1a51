import Ledger

/// What a session raised: per project on the agenda and per town (the project's home
/// city), the money pledged (standing and accepted pledges) and accepted, and the Union's
/// option granted in each project. Sealing the session seals this table.
public struct InvestmentSummary: Hashable, Sendable {
    /// One project on the agenda.
    public struct ProjectLine: Hashable, Sendable {
        public let projectID: ProjectID
        public let cityID: CityID
        public let pledged: Kopecks
        public let accepted: Kopecks
        public let pledgeCount: Int
        public let unionOption: UnionOption?
    }

    /// One town, over its projects on the agenda.
    public struct TownLine: Hashable, Sendable {
        public let cityID: CityID
        public let pledged: Kopecks
        public let accepted: Kopecks
    }

    public let eventID: EventID
    /// In pitch order.
    public let projects: [ProjectLine]
    /// By city id.
    public let towns: [TownLine]
    public let pledged: Kopecks
    public let accepted: Kopecks

    /// Sums `pledges` over `agenda`, whose projects come with their home towns. Refuses
    /// sums beyond the range of kopecks rather than wrap.
    init(eventID: EventID, agenda: [(projectID: ProjectID, cityID: CityID)], pledges: [Pledge], options: [UnionOption]) throws {
        self.eventID = eventID
        var lines: [ProjectLine] = []
        var towns: [CityID: (pledged: Kopecks, accepted: Kopecks)] = [:]
        for (project, city) in agenda {
            let counted = pledges.filter { $0.projectID == project && $0.status != .withdrawn }
            let pledged = try Self.sum(counted.map(\.amount))
            let accepted = try Self.sum(counted.filter { $0.status == .accepted }.map(\.amount))
            lines.append(ProjectLine(projectID: project, cityID: city, pledged: pledged, accepted: accepted, pledgeCount: counted.count,
                                     unionOption: options.first { $0.projectID == project }))
            let town = towns[city] ?? (.zero, .zero)
            towns[city] = (try Self.sum([town.pledged, pledged]), try Self.sum([town.accepted, accepted]))
        }
        projects = lines
        self.towns = towns.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { city in
            towns[city].map { TownLine(cityID: city, pledged: $0.pledged, accepted: $0.accepted) }
        }
        pledged = try Self.sum(lines.map(\.pledged))
        accepted = try Self.sum(lines.map(\.accepted))
    }

    /// The table as JSON, the form served and sealed.
    public var json: JSONValue {
        .object([
            "event_id": .string(eventID.rawValue),
            "projects": .array(projects.map { line in
                var object: JSONObject = [
                    "project_id": .string(line.projectID.rawValue), "city_id": .string(line.cityID.rawValue),
                    "pledged_kopecks": .integer(line.pledged.value), "accepted_kopecks": .integer(line.accepted.value),
                    "pledges": .integer(Int64(line.pledgeCount)),
                ]
                object["union_option"] = line.unionOption.map { option in
                    .object(["grant_id": .string(option.grantID.rawValue), "share_class_id": .string(option.shareClassID.rawValue),
                             "units": .integer(option.units.value)])
                } ?? .null
                return .object(object)
            }),
            "towns": .array(towns.map { town in
                ["city_id": .string(town.cityID.rawValue), "pledged_kopecks": .integer(town.pledged.value),
                 "accepted_kopecks": .integer(town.accepted.value)]
            }),
            "pledged_kopecks": .integer(pledged.value),
            "accepted_kopecks": .integer(accepted.value),
        ])
    }

    private static func sum(_ amounts: [Kopecks]) throws(InvestmentConflict) -> Kopecks {
        var total = Kopecks.zero
        for amount in amounts {
            guard let next = total.adding(amount) else {
                throw InvestmentConflict.sumsOutOfRange
            }
            total = next
        }
        return total
    }
}
