import Foundation
import Ledger

/// The registry of projects (реестр проектов). Creation, stage moves, team changes and
/// adoptions are ledger entries naming projects, members and cities by id only, so the
/// public ledger can tell a project's history without holding anyone's personal data.
///
/// Who may do what (the lead edits, staff move stages) is the server's policy; this
/// type guarantees the rules that hold whoever asks: a known home city, exactly one
/// lead, only admitted members on a team, and stage moves along `ProjectStage`.
public struct Projects: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Starts a project at stage `idea` with `lead` as its only team member.
    public func create(_ draft: ProjectDraft, lead: MemberID) async throws -> Project {
        let project = try Self.newIdea(draft, lead: lead, at: clock())
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            try Self.insert(project, lead: lead, in: transaction, signer: signer)
            return project
        }
    }

    /// A new project at stage `idea` led by `lead`, its fields checked.
    static func newIdea(_ draft: ProjectDraft, lead: MemberID, at now: LedgerTime) throws -> Project {
        let fields = try checkFields(title: draft.title, summary: draft.summary, direction: draft.direction)
        return Project(id: try .generate(), title: fields.title, summary: fields.summary, direction: fields.direction,
                       cityID: draft.cityID, stage: .idea, team: [TeamMember(memberID: lead, role: .lead)],
                       createdAt: now, updatedAt: now)
    }

    /// Writes a new project with its `project.create` entry inside a caller's transaction
    /// (creation itself, or an idea submitted at a Game); the lead must be admitted.
    static func insert(_ project: Project, lead: MemberID, in transaction: LedgerTransaction, signer: any EntrySigner) throws {
        guard try CityStore(database: transaction.database).city(id: project.cityID) != nil else {
            throw RegistryValidationError(field: "city_id", rule: .notFound(.city))
        }
        guard let member = try MemberStore(database: transaction.database).member(id: lead) else {
            throw RegistryNotFound(.member, lead)
        }
        guard member.status == .admitted else {
            throw MembershipConflict.notAdmitted(lead, status: member.status)
        }
        try ProjectStore(database: transaction.database).insert(project)
        _ = try transaction.append(kind: "project.create", payload: [
            "project_id": .string(project.id.rawValue), "city_id": .string(project.cityID.rawValue),
            "stage": .string(project.stage.rawValue), "team": Self.payload(project.team),
        ], author: signer)
    }

    /// Changes the title, summary or direction. Not a ledger entry: these are
    /// descriptions, not acts, and free text has no place in the public ledger.
    public func edit(_ id: ProjectID, _ changes: ProjectChanges) async throws -> Project {
        let now = clock()
        return try await database.write { transaction in
            let store = ProjectStore(database: transaction.database)
            let project = try Self.require(id, store)
            let fields = try Self.checkFields(title: changes.title ?? project.title, summary: changes.summary ?? project.summary,
                                              direction: changes.direction ?? project.direction)
            try store.update(id, title: fields.title, summary: fields.summary, direction: fields.direction, at: now)
            return try Self.require(id, store)
        }
    }

    /// Moves a project to `stage`, if its current stage allows it.
    public func moveStage(of id: ProjectID, to stage: ProjectStage) async throws -> Project {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            try Self.move(id, to: stage, in: transaction, signer: signer, at: now)
        }
    }

    /// The stage move itself, with its `project.stage` entry, inside a caller's
    /// transaction (a staff move, a Game's selection, a cohort's admission or completion).
    static func move(_ id: ProjectID, to stage: ProjectStage, in transaction: LedgerTransaction, signer: any EntrySigner,
                     at now: LedgerTime) throws -> Project {
        let store = ProjectStore(database: transaction.database)
        let project = try require(id, store)
        try checkMove(from: project.stage, to: stage)
        try store.setStage(stage, of: id, at: now)
        try appendStageEntry(transaction, project: id, from: project.stage, to: stage, signer: signer)
        return try require(id, store)
    }

    public func project(id: ProjectID) async throws -> Project? {
        try await database.read { try ProjectStore(database: $0).project(id: id) }
    }

    /// The project's moves between stages, oldest first, each with its ledger entry.
    public func stageMoves(of id: ProjectID) async throws -> [ProjectStageMove] {
        try await database.read { try ProjectStore(database: $0).stageMoves(of: id) }
    }

    /// Every project matching `filter`, oldest first.
    public func projects(_ filter: ProjectFilter = ProjectFilter()) async throws -> [Project] {
        let normalised = Self.normalised(filter)
        return try await database.read { try ProjectStore(database: $0).projects(normalised) }
    }

    /// The `limit` projects created last, of `city` if given, newest first: what a feed of
    /// new projects shows.
    public func newest(in city: CityID? = nil, limit: Int) async throws -> [Project] {
        try await database.read { try ProjectStore(database: $0).newest(in: city, limit: limit) }
    }

    /// One page of the projects matching `filter`: those `query` finds, most relevant
    /// first, or without a query all of them, oldest first.
    public func projects(_ filter: ProjectFilter, matching query: SearchQuery?, page: PageRequest) async throws -> ListPage<Project> {
        let normalised = Self.normalised(filter)
        return try await database.read { try ProjectStore(database: $0).projects(normalised, matching: query, page) }
    }

    private static func normalised(_ filter: ProjectFilter) -> ProjectFilter {
        var normalised = filter
        normalised.direction = filter.direction.map(Self.normalisedDirection).flatMap { $0.isEmpty ? nil : $0 }
        return normalised
    }

    static func require(_ id: ProjectID, _ store: ProjectStore) throws -> Project {
        guard let project = try store.project(id: id) else { throw RegistryNotFound(.project, id) }
        return project
    }

    static func checkMove(from current: ProjectStage, to next: ProjectStage) throws(ProjectStageError) {
        guard current.canMove(to: next) else {
            throw ProjectStageError(current: current, requested: next, allowed: ProjectStage.allCases.filter(current.successors.contains))
        }
    }

    static func appendStageEntry(_ transaction: LedgerTransaction, project: ProjectID, from: ProjectStage, to: ProjectStage,
                                 signer: any EntrySigner) throws {
        let receipt = try transaction.append(kind: "project.stage", payload: [
            "project_id": .string(project.rawValue), "from": .string(from.rawValue), "to": .string(to.rawValue),
        ], author: signer)
        try ProjectStore(database: transaction.database).recordStageMove(
            ProjectStageMove(from: from, to: to, ledgerSeq: receipt.seq, movedAt: receipt.time), of: project)
    }

    /// A team as the ledger records it: member ids and roles, never names.
    static func payload(_ team: [TeamMember]) -> JSONValue {
        .array(team.map { .object(["member_id": .string($0.memberID.rawValue), "role": .string($0.role.rawValue)]) })
    }

    static func normalisedDirection(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    private static func checkFields(title: String, summary: String, direction: String)
        throws(RegistryValidationError) -> (title: String, summary: String, direction: String) {
        let title = try singleLine(RegistryText.required(title, field: "title", maximumCharacters: 200), field: "title")
        let summary = try RegistryText.required(summary, field: "summary", maximumCharacters: 4000)
        let direction = try singleLine(RegistryText.required(direction, field: "direction", maximumCharacters: 50),
                                       field: "direction").lowercased()
        return (title, summary, direction)
    }

    static func singleLine(_ text: String, field: String) throws(RegistryValidationError) -> String {
        guard !text.contains("\n") else { throw RegistryValidationError(field: field, rule: .multipleLines) }
        return text
    }
}
