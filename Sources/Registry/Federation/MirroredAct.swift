import Ledger

/// One public registry act read from a followed node's log, with the entry it is in.
/// Only acts about towns, projects, practices, events, indicators and Challenge teams are mirrored;
/// their payloads hold identifiers, enum words and hashes, never names, which come from
/// the node's published registers afterwards.
public enum MirroredAct: Hashable, Sendable {
    /// `city.register`: the node registered a town.
    case town(cityID: String, seq: Int)
    /// `project.create`: a project registered in a town, at a stage.
    case project(projectID: String, cityID: String, stage: String, seq: Int)
    /// `project.stage`: a project moved to another stage.
    case stage(projectID: String, stage: String, seq: Int)
    /// `practice.report`: a town reported a proven practice.
    case practice(practiceID: String, cityID: String, seq: Int)
    /// `event.create`: a Game, cohort, investment session or Challenge announced, with the
    /// towns of other nodes taking part in a Challenge.
    case event(eventID: String, kind: String, townsElsewhere: [TownElsewhere], seq: Int)
    /// `event.seal`: an event's results table sealed by its SHA-256.
    case seal(eventID: String, resultsSHA256: String, seq: Int)
    /// `challenge.nomination`: a team of the node's town nominated for a Challenge the node
    /// `hostOrigin` hosts; `entrySHA256` is the entry's hash, which the host cites.
    case nomination(teamID: String, hostOrigin: String, eventID: String, cityID: String, seq: Int, entrySHA256: String)
    /// `indicator.figure`: a dated value of one of the town's indicators, in its unit.
    case indicatorFigure(cityID: String, indicator: String, value: Int64, unit: String, measuredOn: String, seq: Int)
    /// `challenge.team` of a team taken from another node's nomination (`sourceOrigin`), by
    /// the id that node gave the team.
    case teamTaken(teamID: String, sourceOrigin: String, seq: Int)

    /// The act an entry records, if it is one that is mirrored and its payload holds what
    /// the ledger format says; other kinds and ill-formed payloads are passed over.
    init?(kind: String, payload: JSONObject, seq: Int, entrySHA256: String) {
        func id(_ name: String, _ prefix: String) -> String? {
            guard let text = payload[name]?.stringValue, text.hasPrefix(prefix), text.utf8.count == prefix.utf8.count + 32,
                  Self.isHex(text.utf8.dropFirst(prefix.utf8.count)) else { return nil }
            return text
        }
        switch kind {
        case "city.register":
            guard let city = id("city_id", "cty_") else { return nil }
            self = .town(cityID: city, seq: seq)
        case "project.create":
            guard let project = id("project_id", "prj_"), let city = id("city_id", "cty_"), let stage = payload["stage"]?.stringValue,
                  ProjectStage(rawValue: stage) != nil else { return nil }
            self = .project(projectID: project, cityID: city, stage: stage, seq: seq)
        case "project.stage":
            guard let project = id("project_id", "prj_"), let stage = payload["to"]?.stringValue, ProjectStage(rawValue: stage) != nil
            else { return nil }
            self = .stage(projectID: project, stage: stage, seq: seq)
        case "practice.report":
            guard let practice = id("practice_id", "prc_"), let city = id("city_id", "cty_") else { return nil }
            self = .practice(practiceID: practice, cityID: city, seq: seq)
        case "event.create":
            guard let event = id("event_id", "evt_"), let eventKind = payload["kind"]?.stringValue, EventKind(rawValue: eventKind) != nil
            else { return nil }
            let towns: [TownElsewhere] = (payload["towns_elsewhere"]?.arrayValue ?? []).compactMap { town in
                guard case let .object(fields) = town, let origin = fields["origin"]?.stringValue, !origin.isEmpty,
                      let city = fields["city_id"]?.stringValue, city.hasPrefix("cty_"), city.utf8.count == 36,
                      Self.isHex(city.utf8.dropFirst(4)) else { return nil }
                return TownElsewhere(origin: origin, cityID: CityID(unchecked: city))
            }
            self = .event(eventID: event, kind: eventKind, townsElsewhere: towns, seq: seq)
        case "event.seal":
            guard let event = id("event_id", "evt_"), let hash = payload["results_sha256"]?.stringValue, hash.utf8.count == 64,
                  Self.isHex(hash.utf8[...]) else { return nil }
            self = .seal(eventID: event, resultsSHA256: hash, seq: seq)
        case "challenge.nomination":
            guard let team = id("team_id", "tea_"), let event = id("event_id", "evt_"), let city = id("city_id", "cty_"),
                  let host = payload["host_origin"]?.stringValue, !host.isEmpty else { return nil }
            self = .nomination(teamID: team, hostOrigin: host, eventID: event, cityID: city, seq: seq, entrySHA256: entrySHA256)
        case "indicator.figure":
            guard let city = id("city_id", "cty_"), let code = payload["indicator"]?.stringValue, HappinessIndicator(rawValue: code) != nil,
                  let value = payload["value"]?.integerValue, let unit = payload["unit"]?.stringValue, IndicatorUnit(rawValue: unit) != nil,
                  let day = payload["measured_on"]?.stringValue, CalendarDate(rfc3339: day) != nil else { return nil }
            self = .indicatorFigure(cityID: city, indicator: code, value: value, unit: unit, measuredOn: day, seq: seq)
        case "challenge.team":
            guard case let .object(source)? = payload["source"], let origin = source["origin"]?.stringValue,
                  let team = source["team_id"]?.stringValue else { return nil }
            self = .teamTaken(teamID: team, sourceOrigin: origin, seq: seq)
        default:
            return nil
        }
    }

    /// The kinds whose entries may hold a mirrored act.
    static let kinds: Set<String> = ["city.register", "project.create", "project.stage", "practice.report", "event.create", "event.seal",
                                       "challenge.nomination", "challenge.team", "indicator.figure"]

    private static func isHex(_ bytes: Substring.UTF8View) -> Bool {
        bytes.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
