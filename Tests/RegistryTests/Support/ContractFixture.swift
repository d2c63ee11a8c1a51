import Foundation
import Ledger
import Registry

/// A contract worked by hand in `Fixtures/contracts`: its legal text, its events as ledger
/// payloads, and the balances and distributions they must produce.
struct ContractFixture {
    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "fixture not found: contracts/\(name).json" }
    }

    let text: String
    let events: [ContractEvent]
    let expected: JSONValue

    init(_ name: String) throws {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { throw Missing(name: name) }
        let url = root.appendingPathComponent("contracts/\(name).json")
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(name: name) }
        let document = try JSONValue.parse([UInt8](Data(contentsOf: url)))
        text = document["text"]?.stringValue ?? ""
        events = try (document["events"]?.arrayValue ?? []).map { payload throws(ContractError) in try ContractEvent(payload: payload) }
        expected = document["expected"] ?? .null
    }

    /// `{"party": kopecks}` read from an expected object.
    func amounts(_ object: JSONValue?) -> [PartyID: Int64] {
        var amounts: [PartyID: Int64] = [:]
        for (key, value) in object?.objectValue ?? JSONObject() {
            if let party = PartyID(rawValue: key), let amount = value.integerValue { amounts[party] = amount }
        }
        return amounts
    }
}
