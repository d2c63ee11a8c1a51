import Foundation
import Ledger
import Testing

@testable import Registry

/// The accelerator: a cohort of selected projects, mentors matched by competencies and
/// capacity, consultations that count once both sides confirm, certificates anyone
/// verifies offline, and the cohort's sealed results.
@Suite struct AcceleratorsTests {
    /// A running cohort holding one selected project (led by `lead`) and a mentor with a profile.
    private struct Scenario {
        let test: TestNode
        let cohort: Event
        let project: Project
        let lead: Member
        let mentor: Member
        var accelerators: Accelerators { test.node.accelerators }

        static func make(settings: AcceleratorSettings? = nil) async throws -> Scenario {
            let test = try await TestNode.make()
            let node = test.node
            let city = try await node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
            let lead = try await admitted("Анна", node)
            let mentor = try await admitted("Марина", node)
            _ = try await node.profiles.setMentorProfile(of: mentor.id, competencies: ["Туризм", "маркетинг"], weeklyHours: 6,
                                                         cityIDs: [city.id])
            var project = try await node.projects.create(
                ProjectDraft(title: "Гид", summary: "Аудиогид.", direction: "туризм", cityID: city.id), lead: lead.id)
            project = try await node.projects.moveStage(of: project.id, to: .selected)
            let cohort = try await node.events.create(EventDraft(
                kind: .accelerator, title: "Акселератор", cityIDs: [city.id],
                startsOn: try #require(CalendarDate(rfc3339: "2026-01-10")), endsOn: try #require(CalendarDate(rfc3339: "2026-03-10"))))
            if let settings { _ = try await node.accelerators.configure(cohort.id, settings) }
            for status in [EventStatus.open, .running] { _ = try await node.events.move(cohort.id, to: status) }
            return Scenario(test: test, cohort: cohort, project: project, lead: lead, mentor: mentor)
        }

        static func admitted(_ name: String, _ node: Node) async throws -> Member {
            let member = try await node.members.apply(MemberApplication(kind: .person, name: name))
            return try await node.members.setStatus(.admitted, of: member.id)
        }

        /// Logs a consultation of `hours` and has both sides confirm it.
        func consult(hours: Int, confirmBy: [MemberID]) async throws -> Consultation {
            var consultation = try await accelerators.log(
                ConsultationDraft(mentorID: mentor.id, heldOn: try #require(CalendarDate(rfc3339: "2026-02-20")), hours: hours,
                                  topic: "Юнит-экономика"), for: project.id, in: cohort.id)
            for member in confirmBy { consultation = try await accelerators.confirm(consultation.id, by: member, in: cohort.id) }
            return consultation
        }
    }

    @Test func mentorsAreProposedByCompetenciesWithinTheirWeeklyCapacity() async throws {
        let scenario = try await Scenario.make()
        defer { scenario.test.remove() }
        let accelerators = scenario.accelerators
        let id = scenario.cohort.id
        let admittedProject = try await accelerators.admit(scenario.project.id, needs: ["Маркетинг"], to: id)
        #expect(admittedProject.needs == ["маркетинг"])
        #expect(try await scenario.test.node.projects.project(id: scenario.project.id)?.stage == .accelerating)
        await #expect(throws: AcceleratorConflict.self, "a project joins the accelerator once") {
            try await accelerators.admit(scenario.project.id, needs: [], to: id)
        }
        let other = try await Scenario.admitted("Олег", scenario.test.node)
        _ = try await scenario.test.node.profiles.setMentorProfile(of: other.id, competencies: ["финансы"], weeklyHours: 10, cityIDs: [])
        let proposals = try await accelerators.proposals(for: scenario.project.id, in: id)
        #expect(proposals == [MentorProposal(mentorID: scenario.mentor.id, sharedTags: ["маркетинг", "туризм"], remainingWeeklyHours: 6)])
        #expect(try await accelerators.proposals(for: scenario.project.id, in: id, weeklyHours: 7).isEmpty)
        await #expect(throws: AcceleratorConflict.self, "beyond the mentor's weekly hours") {
            try await accelerators.confirmMatch(mentor: scenario.mentor.id, for: scenario.project.id, in: id, weeklyHours: 7)
        }
        let match = try await accelerators.confirmMatch(mentor: scenario.mentor.id, for: scenario.project.id, in: id)
        #expect(match.weeklyHours == 4)
        #expect(try await accelerators.proposals(for: scenario.project.id, in: id).isEmpty, "matched mentors are not proposed again")
    }

    @Test func onlyHoursBothSidesConfirmCountAndCompletionNeedsTwentyHoursAndAPlan() async throws {
        let scenario = try await Scenario.make()
        defer { scenario.test.remove() }
        let accelerators = scenario.accelerators
        let id = scenario.cohort.id
        let project = scenario.project.id
        _ = try await accelerators.admit(project, needs: [], to: id)
        let stranger = try await Scenario.admitted("Пётр", scenario.test.node)
        await #expect(throws: AcceleratorConflict.self, "an unmatched mentor cannot log") {
            try await scenario.consult(hours: 2, confirmBy: [])
        }
        _ = try await accelerators.confirmMatch(mentor: scenario.mentor.id, for: project, in: id)
        let lead = scenario.lead.id
        let mentor = scenario.mentor.id
        let unconfirmed = try await scenario.consult(hours: 10, confirmBy: [mentor])
        #expect(!unconfirmed.isConfirmed)
        await #expect(throws: AcceleratorConflict.self, "confirming twice") {
            try await accelerators.confirm(unconfirmed.id, by: mentor, in: id)
        }
        await #expect(throws: AcceleratorConflict.self, "neither mentor nor lead") {
            try await accelerators.confirm(unconfirmed.id, by: stranger.id, in: id)
        }
        for _ in 0..<2 { _ = try await scenario.consult(hours: 9, confirmBy: [mentor, lead]) }
        #expect(try await accelerators.projects(of: id).first?.confirmedHours == 18, "the unconfirmed 10 hours do not count")
        await #expect(throws: AcceleratorConflict.self, "18 hours are below 20") { try await accelerators.complete(project, in: id) }
        _ = try await accelerators.confirm(unconfirmed.id, by: lead, in: id)
        await #expect(throws: AcceleratorConflict.self, "no milestone yet") { try await accelerators.complete(project, in: id) }
        _ = try await scenario.test.node.projects.addMilestone(
            MilestoneDraft(title: "Прототип", ownerRole: .lead, dueOn: try #require(CalendarDate(rfc3339: "2026-04-01"))), to: project)
        let certified = try await accelerators.complete(project, in: id)
        #expect(certified.confirmedHours == 28 && certified.certifiedOn == CalendarDate(scenario.test.clock.now))
        #expect(try await scenario.test.node.projects.project(id: project)?.stage == .accelerated)
        await #expect(throws: AcceleratorConflict.self) { try await accelerators.complete(project, in: id) }

        _ = try await scenario.test.node.events.move(id, to: .closed)
        let seal = try await accelerators.seal(id)
        #expect(seal.results.contains(#""confirmed_hours":28"#) && seal.results.contains(#""certified":true"#))
    }

    @Test func aCohortMayAskForFewerHoursAndNoPlan() async throws {
        let scenario = try await Scenario.make(settings: AcceleratorSettings(requiredHours: 2, requiredMilestones: 0))
        defer { scenario.test.remove() }
        _ = try await scenario.accelerators.admit(scenario.project.id, needs: [], to: scenario.cohort.id)
        _ = try await scenario.accelerators.confirmMatch(mentor: scenario.mentor.id, for: scenario.project.id, in: scenario.cohort.id)
        _ = try await scenario.consult(hours: 2, confirmBy: [scenario.mentor.id, scenario.lead.id])
        #expect(try await scenario.accelerators.complete(scenario.project.id, in: scenario.cohort.id).certificateSeq != nil)
    }

    @Test func theCertificateVerifiesOfflineAndAnyFlippedByteFails() async throws {
        let scenario = try await Scenario.make(settings: AcceleratorSettings(requiredHours: 3, requiredMilestones: 0))
        defer { scenario.test.remove() }
        let id = scenario.cohort.id
        _ = try await scenario.accelerators.admit(scenario.project.id, needs: [], to: id)
        _ = try await scenario.accelerators.confirmMatch(mentor: scenario.mentor.id, for: scenario.project.id, in: id)
        _ = try await scenario.consult(hours: 3, confirmBy: [scenario.lead.id, scenario.mentor.id])
        _ = try await scenario.accelerators.complete(scenario.project.id, in: id)
        let certificate = try await scenario.accelerators.certificate(for: scenario.project.id, in: id)
        #expect(certificate.hours == 3)
        let document = try certificate.document()
        let nodeKey = scenario.test.node.ledger.nodeKey.publicKey
        try AcceleratorCertificate.verify(document: document, nodeKey: nodeKey)
        #expect(throws: ReceiptInvalid.self) {
            try AcceleratorCertificate.verify(document: document, nodeKey: try Ed25519PrivateKey.generate().publicKey)
        }
        for index in document.indices {
            var flipped = document
            flipped[index] ^= 0x01
            #expect(throws: (any Error).self, "byte \(index) flipped") {
                try AcceleratorCertificate.verify(document: flipped, nodeKey: nodeKey)
            }
        }
    }

    @Test func facilitationTrainingsEnterTheRegistryOfFacilitators() async throws {
        let scenario = try await Scenario.make()
        defer { scenario.test.remove() }
        let day = CalendarDate(scenario.test.clock.now)
        _ = try await scenario.accelerators.recordTraining(of: scenario.lead.id, on: day, in: scenario.cohort.id)
        #expect(try await scenario.test.node.profiles.facilitatorRecord(of: scenario.lead.id)?.trainingCompletedOn == day)
    }
}
