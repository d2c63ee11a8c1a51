import Ledger
import Registry

/// The towns, projects, practices and events a batch of ledger entries names by id, loaded
/// once, so each entry of a feed can be said with their names rather than their ids.
struct EntrySubjects {
    private var names: [String: String] = [:]

    /// The subjects of `payloads`, each looked up once.
    static func load(_ payloads: [JSONObject], node: Node) async throws -> EntrySubjects {
        var subjects = EntrySubjects()
        for town in try await node.cities.all() { subjects.names[town.id.rawValue] = town.name }
        for payload in payloads {
            if let text = payload["project_id"]?.stringValue, subjects.names[text] == nil, let id = ProjectID(rawValue: text),
               let project = try await node.projects.project(id: id) {
                subjects.names[text] = "«\(project.title)»"
            }
            if let text = payload["practice_id"]?.stringValue, subjects.names[text] == nil, let id = PracticeID(rawValue: text),
               let practice = try await node.practices.practice(id: id) {
                subjects.names[text] = "«\(practice.title)»"
            }
            if let text = payload["event_id"]?.stringValue, subjects.names[text] == nil, let id = EventID(rawValue: text),
               let event = try await node.events.event(id: id) {
                subjects.names[text] = event.title
            }
        }
        return subjects
    }

    /// What an entry is about, by name: its project, practice or event, then its town.
    func describe(_ payload: JSONObject) -> String {
        ["project_id", "practice_id", "event_id", "city_id"].compactMap { key in payload[key]?.stringValue.flatMap { names[$0] } }
            .joined(separator: " — ")
    }
}
