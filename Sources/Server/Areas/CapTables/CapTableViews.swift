import Ledger
import Registry

/// The JSON of cap table answers, built from the engine's views. Event payloads appear
/// exactly as the ledger holds them, so these bodies are written canonically rather than
/// through `Encodable`.
enum CapTableViews {
    /// The table as of a date, at the detail `shown` (the project's choice, or full for its
    /// lead and Union staff).
    static func table(_ table: CapTable, project: ProjectID, asOf: CalendarDate, chosen: CapTableVisibility,
                      shown: CapTableVisibility, events: [RecordedCapTableEvent]) -> JSONValue {
        let table = table.asOf(asOf)
        let diluted = table.fullyDiluted(asOf: asOf)
        let classes = table.shareClasses.values.sorted { $0.id < $1.id }.map { state -> JSONValue in
            var object: JSONObject = [
                "share_class": .string(state.id.rawValue), "name": .string(state.name), "kind": .string(state.kind.rawValue),
                "authorised_units": units(state.authorised), "issued_units": units(state.issued),
                "reserved_units": units(state.reserved),
            ]
            if let price = state.pricePerUnit { object["price_per_unit_kopecks"] = .integer(price.value) }
            return .object(object)
        }
        var object: JSONObject = [
            "project_id": .string(project.rawValue), "as_of": .string(asOf.rfc3339), "visibility": .string(chosen.rawValue),
            "detail": .string(shown.rawValue), "share_classes": .array(classes),
            "issued_units": units(table.issuedByHolder.total), "fully_diluted_units": units(diluted.total),
        ]
        if shown >= .holders {
            let issued = table.issuedByHolder.units
            let points = diluted.basisPoints
            object["holders"] = .array(diluted.units.keys.sorted().map { holder in
                ["holder": .string(holder.rawValue), "issued_units": units(issued[holder] ?? .zero),
                 "fully_diluted_units": units(diluted.units[holder] ?? .zero),
                 "fully_diluted_basis_points": .integer(points[holder] ?? 0),
                 "units_by_class": byClass(table.holdings[holder] ?? [:])]
            })
        }
        if shown == .full {
            object["events"] = .array(events.filter { $0.event.date <= asOf }.map(event))
        }
        return .object(object)
    }

    /// One holder's shares, options and share as of a date, with the events that touched them.
    static func position(of holder: StakeholderID, in table: CapTable, project: ProjectID, asOf: CalendarDate,
                         events: [RecordedCapTableEvent]) -> JSONValue {
        let table = table.asOf(asOf)
        let position = table.position(of: holder, asOf: asOf)
        let diluted = table.fullyDiluted(asOf: asOf)
        let touching = Set(table.history(of: holder).map(\.id))
        let options = position.options.map { option -> JSONValue in
            ["grant": .string(option.grant.rawValue), "share_class": .string(option.shareClass.rawValue),
             "granted_units": units(option.granted), "vested_units": units(option.vested),
             "exercised_units": units(option.exercised), "cancelled_units": units(option.cancelled),
             "expired": .bool(option.isExpired), "union_option": .bool(option.isUnionOption)]
        }
        return [
            "project_id": .string(project.rawValue), "holder": .string(holder.rawValue), "as_of": .string(asOf.rfc3339),
            "units_by_class": byClass(position.units), "options": .array(options),
            "fully_diluted_units": units(diluted.units[holder] ?? .zero),
            "fully_diluted_basis_points": .integer(diluted.basisPoints[holder] ?? 0),
            "history": .array(events.filter { touching.contains($0.event.id) }.map(event)),
        ]
    }

    /// A recorded event: its ledger entry's seq and kind, and the event's payload.
    static func event(_ recorded: RecordedCapTableEvent) -> JSONValue {
        ["ledger_seq": .integer(Int64(recorded.ledgerSeq)), "kind": .string(recorded.event.entryKind.name),
         "event": recorded.event.payload]
    }

    /// What a member signs for `event`: the statement as JSON and its exact bytes in base64.
    /// A client signs the decoded bytes and sends the event back with the same id and date.
    static func statement(_ statement: PartyStatement, event: CapTableEvent) throws -> JSONValue {
        ["event_id": .string(event.id.rawValue), "act": .string(event.entryKind.name),
         "signer": statement.payload["signer"] ?? .null, "statement": .object(statement.payload),
         "statement_base64": .string(Base64.encode(try statement.canonicalBytes))]
    }

    /// An Open Cap Table Format export: the manifest, and every file by its name.
    static func ocf(_ export: OCFExport) throws -> JSONValue {
        var files = JSONObject()
        for file in export.files { files[file.path] = try JSONValue.parse(file.bytes) }
        return ["ocf_version": .string(OCFExport.version), "manifest": files["Manifest.ocf.json"] ?? .null,
                "files": .object(files)]
    }

    private static func units(_ count: ShareCount) -> JSONValue { .integer(count.value) }

    private static func byClass(_ units: [ShareClassID: ShareCount]) -> JSONValue {
        .array(units.keys.sorted().map { ["share_class": .string($0.rawValue), "units": .integer(units[$0]?.value ?? 0)] })
    }
}
