import Ledger
import Registry

/// The Glocal City Game from draft to sealed: participants register, ideas are submitted
/// (each becomes a project and, with a text, an IP deposit), teams form, the commission
/// approves, and sealing selects the top ideas.
extension DemoLoader {
    mutating func loadGame() async throws {
        let seed = seeds.events.game
        let city = try town(seed.town)
        let game = try await openGame(seed)
        for key in seed.participants {
            try await node.games.register(try member(key), for: game.id)
        }
        _ = try await node.events.move(game.id, to: .running)
        for idea in seed.ideas {
            let submission = IdeaSubmission(title: idea.title, summary: idea.summary, direction: idea.direction, cityID: city,
                                            contentSHA256: idea.text.map { SHA256.hash(Array($0.utf8)) })
            let submitted = try await node.games.submit(submission, by: try member(idea.by), to: game.id)
            projects[idea.key] = submitted.projectID
            for key in idea.team {
                _ = try await node.games.join(try member(key), idea: submitted.projectID, of: game.id)
            }
        }
        for idea in seed.ideas {
            for key in idea.approvedBy {
                _ = try await node.games.approve(idea: try project(idea.key), of: game.id, by: try account(key))
            }
        }
        _ = try await node.events.move(game.id, to: .closed)
        _ = try await node.games.seal(game.id)
    }

    /// The next Game, set up after the accelerator has trained its facilitators, and opened
    /// (its seed names no participants or ideas yet).
    func loadNextGame() async throws {
        _ = try await openGame(seeds.events.nextGame)
    }

    /// A Game announced, set up as its seed says and opened for registration.
    private func openGame(_ seed: DemoEvents.Game) async throws -> Event {
        let game = try await node.events.create(EventDraft(kind: .game, title: seed.title, cityIDs: [try town(seed.town)],
                                                           startsOn: seed.startsOn.value, endsOn: seed.endsOn.value))
        _ = try await node.games.configure(game.id, GameSettings(
            directions: seed.directions, teamSizeLimit: seed.teamSizeLimit, selection: .top(seed.selectTop),
            commission: try seed.commission.map { try member($0) }, facilitators: try seed.facilitators.map { try member($0) }))
        return try await node.events.move(game.id, to: .open)
    }
}
