import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Accelerator cohorts over HTTP: staff admit, match and certify; mentors and leads log
/// and confirm consultations, and nobody else may; the certificate verifies offline.
@Suite struct AcceleratorRoutesTests {
    @Test func consultationsCountOnceBothSidesConfirmAndTheCertificateVerifies() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let city = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: GameRoutesTests.password, roles: [.unionStaff])
        let staff = try await GameRoutesTests.client("staff@example.org", port: server.port)
        let (lead, leadMember) = try await GameRoutesTests.member("lead@example.org", app: app, port: server.port)
        let (mentor, mentorMember) = try await GameRoutesTests.member("mentor@example.org", roles: [.mentor], app: app, port: server.port)
        let (other, _) = try await GameRoutesTests.member("other@example.org", app: app, port: server.port)
        let anonymous = try APIClient(port: server.port)
        _ = try await app.node.profiles.setMentorProfile(of: mentorMember.id, competencies: ["туризм"], weeklyHours: 8, cityIDs: [])
        var project = try await app.node.projects.create(
            ProjectDraft(title: "Гид", summary: "Аудиогид.", direction: "туризм", cityID: city.id), lead: leadMember.id)
        project = try await app.node.projects.moveStage(of: project.id, to: .selected)

        let event = #"{"kind":"accelerator","title":"Акселератор","city_ids":["\#(city.id)"],"starts_on":"2026-01-10","ends_on":"2026-03-10"}"#
        let cohortID = try #require(try await staff.send("POST", "/api/v1/events", json: event).json()["id"] as? String)
        let path = "/api/v1/accelerators/\(cohortID)"
        #expect(try await staff.send("PUT", "\(path)/settings", json: #"{"required_hours":20,"required_milestones":1}"#).status == 200)
        for status in ["open", "running"] {
            _ = try await staff.send("PUT", "/api/v1/events/\(cohortID)/status", json: #"{"status":"\#(status)"}"#)
        }
        let admit = #"{"project_id":"\#(project.id)","needs":["Маркетинг"]}"#
        #expect(try await lead.send("POST", "\(path)/projects", json: admit).status == 403)
        #expect(try await staff.send("POST", "\(path)/projects", json: admit).status == 201)
        let projectPath = "\(path)/projects/\(project.id)"
        let proposals = try #require(try await staff.send("GET", "\(projectPath)/mentor-proposals").json()["items"] as? [[String: Any]])
        #expect(proposals.first?["mentor_id"] as? String == mentorMember.id.rawValue)
        #expect(try await staff.send("POST", "\(projectPath)/mentors", json: #"{"mentor_id":"\#(mentorMember.id)"}"#).status == 201)

        func log(_ client: APIClient, hours: Int) async throws -> RawResponse {
            try await client.send("POST", "\(projectPath)/consultations",
                                  json: #"{"mentor_id":"\#(mentorMember.id)","held_on":"2026-01-20","hours":\#(hours),"topic":"Юнит-экономика"}"#)
        }
        #expect(try await log(other, hours: 2).status == 403, "neither the mentor nor the lead")
        let first = try await log(mentor, hours: 12)
        #expect(try first.status == 201 && first.json()["counted"] as? Bool == false)
        let firstID = try #require(try first.json()["id"] as? String)
        let secondID = try #require(try await log(lead, hours: 9).json()["id"] as? String)
        func confirm(_ client: APIClient, _ id: String) async throws -> RawResponse {
            try await client.send("POST", "\(path)/consultations/\(id)/confirmations")
        }
        #expect(try await confirm(other, firstID).status == 403)
        #expect(try await confirm(staff, firstID).status == 403, "staff do not confirm for others")
        #expect(try await confirm(mentor, firstID).json()["counted"] as? Bool == false)
        #expect(try await confirm(mentor, firstID).status == 409, "confirming twice")
        #expect(try await confirm(lead, firstID).json()["counted"] as? Bool == true)
        #expect(try await confirm(mentor, secondID).status == 200)
        let cohort = try #require(try await anonymous.send("GET", "\(path)/projects").json()["items"] as? [[String: Any]])
        #expect(cohort.first?["confirmed_hours"] as? Int == 12, "the lead has not confirmed the 9 hours")
        let refused = try await staff.send("POST", "\(projectPath)/completion")
        #expect(refused.status == 409 && refused.text.contains("12 confirmed consultation hours"))
        #expect(try await confirm(lead, secondID).status == 200)
        #expect(try await staff.send("POST", "\(projectPath)/completion").status == 409, "no milestone in the MVP plan")
        let milestone = #"{"title":"Прототип","owner_role":"lead","due_on":"2026-04-01"}"#
        #expect(try await lead.send("POST", "/api/v1/projects/\(project.id)/milestones", json: milestone).status == 201)
        #expect(try await lead.send("POST", "\(projectPath)/completion").status == 403)
        let completed = try await staff.send("POST", "\(projectPath)/completion")
        #expect(try completed.status == 200 && completed.json()["confirmed_hours"] as? Int == 21)

        let certificate = try await anonymous.send("GET", "\(projectPath)/certificate")
        #expect(certificate.status == 200)
        let nodeKey = app.node.ledger.nodeKey.publicKey
        try AcceleratorCertificate.verify(document: certificate.body, nodeKey: nodeKey)
        var flipped = certificate.body
        flipped[flipped.count / 2] ^= 0x01
        #expect(throws: (any Error).self) { try AcceleratorCertificate.verify(document: flipped, nodeKey: nodeKey) }

        let training = #"{"member_id":"\#(leadMember.id)","completed_on":"2026-01-15"}"#
        #expect(try await lead.send("POST", "\(path)/trainings", json: training).status == 403)
        #expect(try await staff.send("POST", "\(path)/trainings", json: training).status == 201)
        _ = try await staff.send("PUT", "/api/v1/events/\(cohortID)/status", json: #"{"status":"closed"}"#)
        #expect(try await staff.send("POST", "\(path)/seal").json()["status"] as? String == "sealed")
        #expect(try await anonymous.send("GET", "/api/v1/events/\(cohortID)/results").text.contains(#""certified":true"#))
    }
}
