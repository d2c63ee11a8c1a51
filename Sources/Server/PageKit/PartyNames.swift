import Registry

/// How pages name the people and bodies they mention, instead of their ids. A person's
/// name is personal data: signed-in readers (the Union's members and staff) see it, the
/// public reads «участник Союза»; an erased member is «участник удалён». Organisations,
/// towns, a town's fund and the Union are named for everyone.
struct PartyNames {
    let language: Language
    private let showsPersons: Bool
    private var members: [String: Member] = [:]
    private var towns: [String: City] = [:]

    /// The names of the parties `ids` (member ids, town ids, `union`, `town_fund:<town>`),
    /// read in one go for the page.
    static func load(_ ids: some Sequence<String>, node: Node, layout: PageLayout) async throws -> PartyNames {
        var names = PartyNames(language: layout.language, showsPersons: layout.signedIn)
        var memberIDs: [MemberID] = []
        var townIDs: [CityID] = []
        for id in ids {
            if let member = MemberID(rawValue: id) {
                memberIDs.append(member)
            } else if let town = CityID(rawValue: id.hasPrefix(Self.fundPrefix) ? String(id.dropFirst(Self.fundPrefix.count)) : id) {
                townIDs.append(town)
            }
        }
        if !memberIDs.isEmpty {
            for (id, member) in try await node.members.members(ids: memberIDs) { names.members[id.rawValue] = member }
        }
        if !townIDs.isEmpty {
            for (id, town) in try await node.cities.cities(ids: townIDs) { names.towns[id.rawValue] = town }
        }
        return names
    }

    private init(language: Language, showsPersons: Bool) {
        self.language = language
        self.showsPersons = showsPersons
    }

    private static let fundPrefix = "town_fund:"

    /// The party's name as a reader may see it; an id the registry does not know is shown as it is.
    func name(_ id: String) -> String {
        let russian = language == .russian
        if id == PartyID.union.rawValue { return russian ? "Союз умных городов" : "Smart-City Union" }
        if id.hasPrefix(Self.fundPrefix) {
            let town = towns[String(id.dropFirst(Self.fundPrefix.count))]?.name ?? "—"
            return russian ? "Фонд развития города \(town)" : "\(town) development fund"
        }
        if let town = towns[id] { return town.name }
        guard let member = members[id] else { return id }
        if member.isErased { return russian ? "участник удалён" : "erased member" }
        if member.kind == .organisation || showsPersons, let name = member.name { return name }
        return russian ? "участник Союза" : "a Union member"
    }

    func name(_ member: MemberID) -> String { name(member.rawValue) }

    /// The party's name, linked to its page where it has one (an admitted member's, a town's).
    func link(_ id: String) -> HTML {
        if let member = members[id], member.status == .admitted, !member.isErased {
            return .tag("a", [("href", "/members/\(id)")], .text(name(id)))
        }
        if towns[id] != nil { return .tag("a", [("href", "/towns/\(id)")], .text(name(id))) }
        return .text(name(id))
    }

    func link(_ member: MemberID) -> HTML { link(member.rawValue) }
}
