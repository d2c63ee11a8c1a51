import Ledger

/// The SQL for IP assets, their holders and their licences.
struct IPAssetStore {
    let database: SQLiteConnection

    private static let columnNames = ["id", "kind", "title", "description", "content_sha256", "deposit_seq", "deposited_at"]
    private static let columns = columnNames.joined(separator: ", ")
    private static let licenceColumns =
        "id, asset_id, licensee_city_id, licensee_member_id, terms, starts_on, ends_on, ledger_seq, granted_at"

    func insert(id: IPAssetID, deposit: IPDeposit, depositSeq: Int, at time: LedgerTime) throws {
        _ = try database.run(
            """
            INSERT INTO ip_asset (id, kind, title, description, content_sha256, deposit_seq, deposited_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [.text(id.rawValue), .text(deposit.kind.rawValue), .text(deposit.title),
             deposit.description.map { .text($0) } ?? .null, .text(deposit.contentSHA256.hex),
             .integer(Int64(depositSeq)), .text(time.rfc3339)])
        try setHolders(deposit.holders, of: id)
    }

    func setHolders(_ holders: [IPHolding], of id: IPAssetID) throws {
        _ = try database.run("DELETE FROM ip_holding WHERE asset_id = ?", [.text(id.rawValue)])
        for holding in holders {
            _ = try database.run("INSERT INTO ip_holding (asset_id, member_id, units) VALUES (?, ?, ?)",
                                 [.text(id.rawValue), .text(holding.memberID.rawValue), .integer(Int64(holding.units.value))])
        }
    }

    func insert(_ licence: IPLicence) throws {
        var cityID: SQLiteValue = .null
        var memberID: SQLiteValue = .null
        switch licence.licensee {
        case let .city(id): cityID = .text(id.rawValue)
        case let .organisation(id): memberID = .text(id.rawValue)
        }
        _ = try database.run(
            "INSERT INTO ip_licence (\(Self.licenceColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [.text(licence.id.rawValue), .text(licence.assetID.rawValue), cityID, memberID, .text(licence.terms),
             .text(licence.startsOn.description), .text(licence.endsOn.description), .integer(Int64(licence.ledgerSeq)),
             .text(licence.grantedAt.rfc3339)])
    }

    func asset(id: IPAssetID) throws -> IPAsset? {
        try database.queryFirst("SELECT \(Self.columns) FROM ip_asset WHERE id = ?", [.text(id.rawValue)], asset)
    }

    func asset(contentSHA256: SHA256Digest) throws -> IPAsset? {
        try database.queryFirst("SELECT \(Self.columns) FROM ip_asset WHERE content_sha256 = ?",
                                [.text(contentSHA256.hex)], asset)
    }

    /// One page of the assets of `kind` (any kind when nil) that `query` finds, most
    /// relevant first, or without a query in deposit order.
    func assets(kind: IPAssetKind?, matching query: SearchQuery?, _ request: PageRequest) throws -> ListPage<IPAsset> {
        var listing = KeysetListing(table: "ip_asset", columns: Self.columnNames, order: [.integer("deposit_seq")])
        if let kind { listing.filter("t.kind = ?", .text(kind.rawValue)) }
        return try listing.page(matching: query, request, in: database, row: asset)
    }

    private func asset(_ row: SQLiteRow) throws -> IPAsset {
        let id = row.text(0)
        guard let kind = IPAssetKind(rawValue: row.text(1)) else {
            throw RegistryError.corruptedRow(table: "ip_asset", id: id, column: "kind")
        }
        guard let hash = try? SHA256Digest(hex: row.text(4)) else {
            throw RegistryError.corruptedRow(table: "ip_asset", id: id, column: "content_sha256")
        }
        let holders = try database.query(
            "SELECT member_id, units FROM ip_holding WHERE asset_id = ? ORDER BY units DESC, member_id", [.text(id)]) {
            IPHolding(memberID: MemberID(unchecked: $0.text(0)), units: ShareUnits($0.int(1)))
        }
        let licences = try database.query(
            "SELECT \(Self.licenceColumns) FROM ip_licence WHERE asset_id = ? ORDER BY ledger_seq", [.text(id)], Self.licence)
        return IPAsset(id: IPAssetID(unchecked: id), kind: kind, title: row.text(2), description: row.optionalText(3),
                       contentSHA256: hash, holders: holders, licences: licences, depositSeq: row.int(5),
                       depositedAt: try row.time(6, table: "ip_asset", id: id, name: "deposited_at"))
    }

    private static func licence(_ row: SQLiteRow) throws -> IPLicence {
        let id = row.text(0)
        let licensee: IPLicensee
        if let city = row.optionalText(2) {
            licensee = .city(CityID(unchecked: city))
        } else if let member = row.optionalText(3) {
            licensee = .organisation(MemberID(unchecked: member))
        } else {
            throw RegistryError.corruptedRow(table: "ip_licence", id: id, column: "licensee")
        }
        guard let startsOn = CalendarDate(rfc3339: row.text(5)), let endsOn = CalendarDate(rfc3339: row.text(6)) else {
            throw RegistryError.corruptedRow(table: "ip_licence", id: id, column: "starts_on or ends_on")
        }
        return IPLicence(id: IPLicenceID(unchecked: id), assetID: IPAssetID(unchecked: row.text(1)), licensee: licensee,
                         terms: row.text(4), startsOn: startsOn, endsOn: endsOn, ledgerSeq: row.int(7),
                         grantedAt: try row.time(8, table: "ip_licence", id: id, name: "granted_at"))
    }
}
