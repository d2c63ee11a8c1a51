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
        let row = TableRow(row, table: "ip_asset")
        let id: IPAssetID = try row.value("id")
        let holders = try database.query(
            "SELECT member_id, units FROM ip_holding WHERE asset_id = ? ORDER BY units DESC, member_id", [.text(id.rawValue)]) { row in
            let row = TableRow(row, table: "ip_holding", id: id.rawValue)
            return IPHolding(memberID: try row.value("member_id"), units: try row.value("units"))
        }
        let licences = try database.query(
            "SELECT \(Self.licenceColumns) FROM ip_licence WHERE asset_id = ? ORDER BY ledger_seq", [.text(id.rawValue)], Self.licence)
        return IPAsset(id: id, kind: try row.value("kind"), title: try row.value("title"), description: try row.optional("description"),
                       contentSHA256: try row.value("content_sha256"), holders: holders, licences: licences,
                       depositSeq: try row.value("deposit_seq"), depositedAt: try row.value("deposited_at"))
    }

    private static func licence(_ row: SQLiteRow) throws -> IPLicence {
        let row = TableRow(row, table: "ip_licence")
        let licensee: IPLicensee
        if let city: CityID = try row.optional("licensee_city_id") {
            licensee = .city(city)
        } else if let member: MemberID = try row.optional("licensee_member_id") {
            licensee = .organisation(member)
        } else {
            throw row.corrupted("licensee")
        }
        return IPLicence(id: try row.value("id"), assetID: try row.value("asset_id"), licensee: licensee, terms: try row.value("terms"),
                         startsOn: try row.value("starts_on"), endsOn: try row.value("ends_on"), ledgerSeq: try row.value("ledger_seq"),
                         grantedAt: try row.value("granted_at"))
    }
}
