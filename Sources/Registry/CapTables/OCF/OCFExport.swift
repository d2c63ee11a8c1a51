import Ledger

/// A project's cap table as Open Cap Table Format 1.2.0 files, so that it can be read by other
/// cap-table software and checked against the published schemas.
///
/// The files are a manifest, stakeholders, stock classes, vesting terms and transactions, each
/// written as canonical JSON (RFC 8785); the manifest names every other file with its MD5, as the
/// format requires. The same events always give the same bytes: nothing depends on the clock
/// (`generated_at` is midnight UTC of the as-of date) or on dictionary order.
public struct OCFExport: Sendable {
    public static let version = "1.2.0"

    /// The manifest first, then the files it names.
    public let files: [OCFFile]

    /// Exports `table` as it stood at the end of `asOf`; `stakeholders` names the holders, whom the
    /// table knows by id only.
    public init(table: CapTable, issuer: OCFIssuer, asOf: CalendarDate,
                stakeholders names: [StakeholderID: OCFStakeholder] = [:]) throws(OCFExportError) {
        let table = table.asOf(asOf)
        let transactions = OCFTransactions(events: table.events)
        let classes = table.events.compactMap { event -> ShareClassState? in
            switch event {
            case let .createShareClass(creation): table.shareClasses[creation.shareClass]
            case let .pricedRound(round): table.shareClasses[round.shareClass]
            default: nil
            }
        }
        let grants = table.events.compactMap { event -> OptionGrant? in
            if case let .grantOption(grant) = event { return grant }
            return nil
        }
        let content: [(path: String, type: String, manifestKey: String, items: [JSONValue])] = [
            ("Stakeholders.ocf.json", "OCF_STAKEHOLDERS_FILE", "stakeholders_files",
             transactions.stakeholders.map { Self.stakeholder($0, names[$0] ?? .fallback(for: $0)) }),
            ("StockClasses.ocf.json", "OCF_STOCK_CLASSES_FILE", "stock_classes_files",
             classes.map { Self.stockClass($0, roundPrice: transactions.roundPrices[$0.id]) }),
            ("VestingTerms.ocf.json", "OCF_VESTING_TERMS_FILE", "vesting_terms_files", grants.map(OCFVestingTerms.object(for:))),
            ("Transactions.ocf.json", "OCF_TRANSACTIONS_FILE", "transactions_files", transactions.items),
        ]
        var files: [OCFFile] = []
        var manifest: JSONObject = [
            "ocf_version": .string(Self.version), "file_type": "OCF_MANIFEST_FILE",
            "issuer": ["object_type": "ISSUER", "id": "issuer", "legal_name": .string(issuer.legalName),
                       "formation_date": OCFValue.date(issuer.formationDate), "country_of_formation": .string(issuer.country)],
            "as_of": OCFValue.date(asOf), "generated_at": .string("\(asOf.rfc3339)T00:00:00Z"),
            "stock_plans_files": [], "stock_legend_templates_files": [], "valuations_files": [],
        ]
        for file in content {
            let bytes = try Self.bytes(["file_type": .string(file.type), "items": .array(file.items)], path: file.path)
            files.append(OCFFile(path: file.path, bytes: bytes))
            manifest[file.manifestKey] = [["filepath": .string(file.path), "md5": .string(MD5.hex(bytes))]]
        }
        files.insert(OCFFile(path: "Manifest.ocf.json", bytes: try Self.bytes(.object(manifest), path: "Manifest.ocf.json")), at: 0)
        self.files = files
    }

    private static func bytes(_ value: JSONValue, path: String) throws(OCFExportError) -> [UInt8] {
        do {
            return try value.canonicalBytes()
        } catch {
            throw .unserialisable(file: path, reason: "\(error)")
        }
    }

    private static func stakeholder(_ id: StakeholderID, _ name: OCFStakeholder) -> JSONValue {
        ["object_type": "STAKEHOLDER", "id": .string(id.rawValue), "issuer_assigned_id": .string(id.rawValue),
         "name": ["legal_name": .string(name.legalName)], "stakeholder_type": name.isInstitution ? "INSTITUTION" : "INDIVIDUAL"]
    }

    private static func stockClass(_ state: ShareClassState, roundPrice: JSONValue?) -> JSONValue {
        var object: JSONObject = [
            "object_type": "STOCK_CLASS", "id": .string(state.id.rawValue), "name": .string(state.name),
            "class_type": state.kind == .common ? "COMMON" : "PREFERRED", "default_id_prefix": .string("\(state.id)-"),
            "initial_shares_authorized": OCFValue.numeric(state.initialAuthorised.value), "votes_per_share": "1",
            "seniority": state.kind == .common ? "1" : "2", "board_approval_date": OCFValue.date(state.createdOn),
        ]
        if let price = roundPrice ?? state.pricePerUnit.map(OCFValue.money) { object["price_per_share"] = price }
        return .object(object)
    }
}
