import Ledger

/// Reads the fields of a contract's JSON terms or event payload, turning every missing or
/// ill-typed field into `ContractError.malformed` with the field's path.
struct ContractPayloadReader {
    let object: JSONObject
    let path: String

    init(_ value: JSONValue, path: String) throws(ContractError) {
        guard let object = value.objectValue else { throw .malformed(field: path, reason: "must be a JSON object") }
        self.object = object
        self.path = path
    }

    func has(_ key: String) -> Bool {
        object[key] != nil
    }

    func value(_ key: String) throws(ContractError) -> JSONValue {
        guard let value = object[key] else { throw .malformed(field: field(key), reason: "is required") }
        return value
    }

    func string(_ key: String) throws(ContractError) -> String {
        guard let string = try value(key).stringValue, !string.isEmpty else {
            throw .malformed(field: field(key), reason: "must be a non-empty string")
        }
        return string
    }

    func integer(_ key: String, in range: ClosedRange<Int64> = 0...Int64.max) throws(ContractError) -> Int64 {
        guard let integer = try value(key).integerValue, range.contains(integer) else {
            throw .malformed(field: field(key), reason: "must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return integer
    }

    /// A number of kopecks of at least one.
    func amount(_ key: String) throws(ContractError) -> Int64 {
        try integer(key, in: 1...Int64.max)
    }

    func party(_ key: String) throws(ContractError) -> PartyID {
        guard let party = PartyID(rawValue: try string(key)) else {
            throw .malformed(field: field(key), reason: "must be a party id (lowercase letters, digits, _ and :)")
        }
        return party
    }

    func date(_ key: String) throws(ContractError) -> CalendarDate {
        guard let date = CalendarDate(rfc3339: try string(key)) else {
            throw .malformed(field: field(key), reason: "must be a day written YYYY-MM-DD")
        }
        return date
    }

    func digest(_ key: String) throws(ContractError) -> SHA256Digest {
        guard let digest = try? SHA256Digest(hex: try string(key)) else {
            throw .malformed(field: field(key), reason: "must be 64 hex digits of a SHA-256")
        }
        return digest
    }

    func array(_ key: String) throws(ContractError) -> [JSONValue] {
        guard let array = try value(key).arrayValue else { throw .malformed(field: field(key), reason: "must be an array") }
        return array
    }

    func reader(_ key: String) throws(ContractError) -> ContractPayloadReader {
        try ContractPayloadReader(value(key), path: field(key))
    }

    /// Each element of the array `key` read as an object.
    func readers(_ key: String) throws(ContractError) -> [ContractPayloadReader] {
        var readers: [ContractPayloadReader] = []
        for (index, element) in try array(key).enumerated() {
            readers.append(try ContractPayloadReader(element, path: "\(field(key))[\(index)]"))
        }
        return readers
    }

    /// `[{"party": …, <amountKey>: …}]` as weights, each party once.
    func weights(_ key: String, amountKey: String) throws(ContractError) -> [(party: PartyID, weight: Int64)] {
        var seen = Set<PartyID>()
        var weights: [(party: PartyID, weight: Int64)] = []
        for element in try readers(key) {
            let party = try element.party("party")
            guard seen.insert(party).inserted else { throw .malformed(field: field(key), reason: "names \(party) twice") }
            weights.append((party, try element.integer(amountKey)))
        }
        return weights
    }

    private func field(_ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }
}

extension Array where Element == (party: PartyID, weight: Int64) {
    /// The JSON form `ContractPayloadReader.weights` reads back.
    func json(amountKey: String) -> JSONValue {
        .array(map { .object(["party": .string($0.party.rawValue), amountKey: .integer($0.weight)]) })
    }
}
