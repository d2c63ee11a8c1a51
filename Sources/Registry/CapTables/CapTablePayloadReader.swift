import Ledger

/// Typed reads of a cap table event's JSON payload, each refusal naming the field.
struct CapTablePayloadReader {
    private let object: JSONObject
    private let path: String

    init(_ value: JSONValue, path: String = "") throws(CapTableError) {
        guard let object = value.objectValue else {
            throw .invalidPayload(field: path.isEmpty ? "payload" : path, reason: "must be a JSON object")
        }
        self.object = object
        self.path = path
    }

    private func value(_ key: String) throws(CapTableError) -> JSONValue {
        guard let value = object[key] else { throw .invalidPayload(field: path + key, reason: "is missing") }
        return value
    }

    private func integer(_ key: String) throws(CapTableError) -> Int64 {
        guard let number = try value(key).integerValue else { throw .invalidPayload(field: path + key, reason: "must be an integer") }
        return number
    }

    func string(_ key: String) throws(CapTableError) -> String {
        guard let text = try value(key).stringValue else { throw .invalidPayload(field: path + key, reason: "must be a string") }
        return text
    }

    func bool(_ key: String) throws(CapTableError) -> Bool {
        guard let flag = try value(key).boolValue else { throw .invalidPayload(field: path + key, reason: "must be true or false") }
        return flag
    }

    func date(_ key: String) throws(CapTableError) -> CalendarDate {
        guard let date = CalendarDate(rfc3339: try string(key)) else {
            throw .invalidPayload(field: path + key, reason: "must be a date written YYYY-MM-DD")
        }
        return date
    }

    func units(_ key: String) throws(CapTableError) -> ShareCount {
        guard let units = ShareCount(try integer(key)) else {
            throw .invalidPayload(field: path + key, reason: "must not be negative")
        }
        return units
    }

    func kopecks(_ key: String) throws(CapTableError) -> Kopecks {
        Kopecks(try integer(key))
    }

    func optionalKopecks(_ key: String) throws(CapTableError) -> Kopecks? {
        object[key] == nil ? nil : try kopecks(key)
    }

    func months(_ key: String) throws(CapTableError) -> Int {
        let months = try integer(key)
        guard (0...1_200).contains(months) else { throw .invalidPayload(field: path + key, reason: "must be from 0 to 1200") }
        return Int(months)
    }

    func kind(_ key: String) throws(CapTableError) -> ShareClassKind {
        guard let kind = ShareClassKind(rawValue: try string(key)) else {
            throw .invalidPayload(field: path + key, reason: "must be common or preferred")
        }
        return kind
    }

    func keyID(_ key: String) throws(CapTableError) -> KeyID {
        do {
            return try KeyID(hex: try string(key))
        } catch {
            throw .invalidPayload(field: path + key, reason: "must be a key id: 64 lowercase hex digits")
        }
    }

    func array(_ key: String) throws(CapTableError) -> [JSONValue] {
        guard let elements = try value(key).arrayValue else { throw .invalidPayload(field: path + key, reason: "must be an array") }
        return elements
    }

    func strings(_ key: String) throws(CapTableError) -> [String] {
        var strings: [String] = []
        for (index, element) in try array(key).enumerated() {
            guard let text = element.stringValue else {
                throw .invalidPayload(field: "\(path)\(key)[\(index)]", reason: "must be a string")
            }
            strings.append(text)
        }
        return strings
    }

    func nested(_ key: String) throws(CapTableError) -> CapTablePayloadReader {
        try CapTablePayloadReader(try value(key), path: path + key + ".")
    }

    func elements(_ key: String) throws(CapTableError) -> [CapTablePayloadReader] {
        var readers: [CapTablePayloadReader] = []
        for (index, element) in try array(key).enumerated() {
            readers.append(try CapTablePayloadReader(element, path: "\(path)\(key)[\(index)]."))
        }
        return readers
    }

    func vesting(_ key: String) throws(CapTableError) -> VestingSchedule {
        let vesting = try nested(key)
        switch try vesting.string("kind") {
        case "cliff_monthly":
            return .cliffMonthly(start: try vesting.date("start"), cliffMonths: try vesting.months("cliff_months"),
                                 totalMonths: try vesting.months("total_months"))
        case "milestones":
            var tranches: [MilestoneTranche] = []
            for tranche in try vesting.elements("tranches") {
                tranches.append(MilestoneTranche(
                    milestone: VestingMilestoneID(try tranche.string("milestone")), units: try tranche.units("units"),
                    attesters: try tranche.strings("attesters").map { StakeholderID($0) }))
            }
            return .milestones(tranches)
        default:
            throw .invalidPayload(field: "\(path)\(key).kind", reason: "must be cliff_monthly or milestones")
        }
    }

    func investors(_ key: String) throws(CapTableError) -> [RoundInvestment] {
        var investors: [RoundInvestment] = []
        for investor in try elements(key) {
            investors.append(RoundInvestment(investor: StakeholderID(try investor.string("investor")),
                                             amount: try investor.kopecks("amount_kopecks")))
        }
        return investors
    }
}
