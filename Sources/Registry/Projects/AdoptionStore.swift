import Ledger

/// The SQL for adoptions of projects by other towns.
struct AdoptionStore {
    let database: SQLiteConnection

    /// Stores the adoption with its `project.adopt` entry, from which the home town's
    /// computed indicators trace it.
    func insert(_ adoption: Adoption, ledgerSeq: Int) throws {
        _ = try database.run("INSERT INTO project_adoption (project_id, city_id, adopted_on, ledger_seq) VALUES (?, ?, ?, ?)",
                             [.text(adoption.projectID.rawValue), .text(adoption.cityID.rawValue), .text(adoption.adoptedOn.rfc3339),
                              .integer(Int64(ledgerSeq))])
    }

    func exists(project: ProjectID, city: CityID) throws -> Bool {
        try database.queryFirst("SELECT 1 FROM project_adoption WHERE project_id = ? AND city_id = ?",
                                [.text(project.rawValue), .text(city.rawValue)]) { _ in true } ?? false
    }

    /// Earliest first.
    func adoptions(of project: ProjectID) throws -> [Adoption] {
        try database.query("SELECT city_id, adopted_on FROM project_adoption WHERE project_id = ? ORDER BY adopted_on, city_id",
                           [.text(project.rawValue)]) { row in
            let row = TableRow(row, table: "project_adoption", id: project.rawValue)
            return Adoption(projectID: project, cityID: try row.value("city_id"), adoptedOn: try row.value("adopted_on"))
        }
    }
}
