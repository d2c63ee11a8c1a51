import Ledger
import TestSupport
import Testing

@testable import Registry

/// The Open Cap Table Format export: valid against the published 1.2.0 schemas, item by item and
/// file by file, with a manifest whose MD5s match, and the same bytes for the same events.
@Suite struct CapTableOCFTests {
    typealias S = CapTableScenario
    private static let base = "https://schema.opencaptablecoalition.com/v/1.2.0/"
    private static let issuer = OCFIssuer(legalName: "ООО «Цифровой гид»", formationDate: S.day(2026, 1, 10))

    /// One project with every kind of event, including a transfer that spans two lots.
    static func project() throws -> CapTable {
        let tranches = [MilestoneTranche(milestone: "mvp", units: 20_000, attesters: ["mem_mentor", "union"]),
                        MilestoneTranche(milestone: "revenue", units: 30_000, attesters: ["union"])]
        return try CapTable.replay([
            S.createCommon(),
            S.issue("ev_anna", to: "mem_anna", 600_000),
            S.issue("ev_anna2", to: "mem_anna", 100_000, on: S.day(2026, 1, 20)),
            S.issue("ev_boris", to: "mem_boris", 300_000, on: S.day(2026, 1, 20)),
            S.grant("ev_grant", to: "mem_vera", 48_000, vesting: S.fourYears()),
            S.grant("ev_union", to: "union", 50_000, vesting: .milestones(tranches), union: true),
            .changeAuthorised(AuthorisedChange(id: "ev_auth", date: S.day(2026, 2, 2), shareClass: "common", authorised: 3_000_000)),
            S.transfer("ev_t", from: "mem_anna", to: "mem_gleb", 650_000),
            S.attest("ev_a1", "ev_union", "mvp", by: "union", on: S.day(2026, 5, 1)),
            S.attest("ev_a2", "ev_union", "mvp", by: "mem_mentor", on: S.day(2026, 5, 2)),
            .pricedRound(PricedRound(id: "ev_seed", date: S.day(2026, 6, 1), shareClass: "seed", name: "Seed preferred",
                                     investment: Kopecks(250_000_000), preMoney: Kopecks(1_000_000_000),
                                     investors: [RoundInvestment(investor: "mem_vera", amount: Kopecks(83_333_333)),
                                                 RoundInvestment(investor: "fund_town", amount: Kopecks(166_666_667))])),
            S.exercise("ev_x", "ev_grant", 12_000, on: S.day(2027, 2, 1)),
            .cancelOption(OptionCancellation(id: "ev_c", date: S.day(2027, 3, 1), grant: "ev_grant", units: 6_000)),
        ])
    }

    private func validator() throws -> JSONSchemaValidator {
        let paths = try RegistryFixture.jsonFiles(under: "ocf-1.2.0/schema")
        return JSONSchemaValidator(schemas: try paths.map { try JSONValue.parse(RegistryFixture.bytes($0)) })
    }

    private func schemaID(forObjectType type: String) -> String? {
        let objects = ["STAKEHOLDER": "objects/Stakeholder", "STOCK_CLASS": "objects/StockClass",
                       "VESTING_TERMS": "objects/VestingTerms", "ISSUER": "objects/Issuer",
                       "TX_STOCK_ISSUANCE": "objects/transactions/issuance/StockIssuance",
                       "TX_EQUITY_COMPENSATION_ISSUANCE": "objects/transactions/issuance/EquityCompensationIssuance",
                       "TX_EQUITY_COMPENSATION_EXERCISE": "objects/transactions/exercise/EquityCompensationExercise",
                       "TX_EQUITY_COMPENSATION_CANCELLATION": "objects/transactions/cancellation/EquityCompensationCancellation",
                       "TX_STOCK_TRANSFER": "objects/transactions/transfer/StockTransfer",
                       "TX_VESTING_START": "objects/transactions/vesting/VestingStart",
                       "TX_VESTING_EVENT": "objects/transactions/vesting/VestingEvent",
                       "TX_STOCK_CLASS_AUTHORIZED_SHARES_ADJUSTMENT": "objects/transactions/adjustment/StockClassAuthorizedSharesAdjustment"]
        return objects[type].map { Self.base + $0 + ".schema.json" }
    }

    private func schemaID(forFileType type: String) -> String {
        let name = ["OCF_MANIFEST_FILE": "OCFManifestFile", "OCF_STAKEHOLDERS_FILE": "StakeholdersFile",
                    "OCF_STOCK_CLASSES_FILE": "StockClassesFile", "OCF_VESTING_TERMS_FILE": "VestingTermsFile",
                    "OCF_TRANSACTIONS_FILE": "TransactionsFile"][type] ?? type
        return Self.base + "files/\(name).schema.json"
    }

    @Test func everyExportedFileAndItemValidatesAgainstTheSchemas() throws {
        let validator = try validator()
        #expect(validator.schemaIDs.count == 168)
        let export = try OCFExport(table: Self.project(), issuer: Self.issuer, asOf: S.day(2027, 12, 31),
                                   stakeholders: ["mem_anna": OCFStakeholder(legalName: "Анна Петрова", isInstitution: false)])
        #expect(export.files.map(\.path) == ["Manifest.ocf.json", "Stakeholders.ocf.json", "StockClasses.ocf.json",
                                             "VestingTerms.ocf.json", "Transactions.ocf.json"])
        var objectTypes: Set<String> = []
        for file in export.files {
            let document = try JSONValue.parse(file.bytes)
            let fileType = try #require(document["file_type"]?.stringValue)
            #expect(validator.problems(document, against: schemaID(forFileType: fileType)) == [], "\(file.path)")
            for item in document["items"]?.arrayValue ?? [] {
                let type = try #require(item["object_type"]?.stringValue)
                objectTypes.insert(type)
                let schema = try #require(schemaID(forObjectType: type), "no schema known for \(type)")
                #expect(validator.problems(item, against: schema) == [], "\(item)")
            }
        }
        #expect(objectTypes.count == 11)
        #expect(validator.problems(try #require(JSONValue.parse(export.files[0].bytes)["issuer"]),
                                   against: Self.base + "objects/Issuer.schema.json") == [])
    }

    @Test func theManifestNamesEachFileWithItsMD5() throws {
        let export = try OCFExport(table: Self.project(), issuer: Self.issuer, asOf: S.day(2027, 12, 31))
        let manifest = try JSONValue.parse(export.files[0].bytes)
        for (file, key) in zip(export.files.dropFirst(), ["stakeholders_files", "stock_classes_files", "vesting_terms_files",
                                                          "transactions_files"]) {
            let reference = try #require(manifest[key]?.arrayValue?.first)
            #expect(reference["filepath"]?.stringValue == file.path)
            #expect(reference["md5"]?.stringValue == MD5.hex(file.bytes))
        }
        #expect(MD5.hex(Array("The quick brown fox jumps over the lazy dog".utf8)) == "9e107d9d372bb6826bd81d3542a419d6")
    }

    @Test func aTransferAcrossLotsLeavesBalancesAndTheValidatorCatchesBrokenItems() throws {
        let export = try OCFExport(table: Self.project(), issuer: Self.issuer, asOf: S.day(2026, 3, 1))
        let transactions = try JSONValue.parse(export.files[4].bytes)["items"]?.arrayValue ?? []
        let transfers = transactions.filter { $0["object_type"] == "TX_STOCK_TRANSFER" }
        #expect(transfers.map { $0["security_id"] } == ["sec_ev_anna", "sec_ev_anna2"])
        #expect(transfers.map { $0["quantity"] } == ["600000", "50000"])
        #expect(transfers.map { $0["balance_security_id"] } == [nil, "sec_ev_t_2_balance"])
        var broken = try #require(transfers.first?.objectValue)
        broken["quantity"] = "600 000"
        let problems = try validator().problems(.object(broken), against: Self.base + "objects/transactions/transfer/StockTransfer.schema.json")
        #expect(problems == ["$.quantity: \"600 000\" does not match ^[+-]?[0-9]+(\\.[0-9]{1,10})?$"])
        broken["quantity"] = nil
        broken["units"] = "600000"
        let moreProblems = try validator().problems(.object(broken), against: Self.base + "objects/transactions/transfer/StockTransfer.schema.json")
        #expect(moreProblems.sorted() == ["$.units: nothing is allowed here", "$: missing quantity"])
    }

    @Test func theSameEventsGiveTheSameBytes() throws {
        let first = try OCFExport(table: Self.project(), issuer: Self.issuer, asOf: S.day(2027, 12, 31))
        let second = try OCFExport(table: CapTable.replay(Self.project().events), issuer: Self.issuer, asOf: S.day(2027, 12, 31))
        #expect(first.files == second.files)
    }
}
