import Ledger
import Registry

/// The JSON bodies of the investment session.
enum InvestmentSessionBodies {
    struct Slot: Codable {
        let projectId: ProjectID
        let startsAt: LedgerTime
        let minutes: Int
    }

    struct AgendaRequest: Decodable {
        let slots: [Slot]

        var pitchSlots: [PitchSlot] {
            slots.map { PitchSlot(projectID: $0.projectId, startsAt: $0.startsAt, minutes: $0.minutes) }
        }
    }

    struct AgendaView: Encodable {
        let slots: [Slot]

        init(_ agenda: [PitchSlot]) {
            slots = agenda.map { Slot(projectId: $0.projectID, startsAt: $0.startsAt, minutes: $0.minutes) }
        }
    }

    /// The project a Union option is for; the rest of the body is the option grant, read
    /// by the cap table's reader of events.
    struct UnionOptionRequest: Decodable {
        let projectId: ProjectID
    }

    struct InvestorRequest: Decodable {
        let memberId: MemberID?
    }

    struct Tranche: Codable {
        let milestone: String
        let amountKopecks: Kopecks
        let attesterIds: [MemberID]
    }

    /// A pledge as the investor states it: the request body, and the first part of the view.
    struct PledgeRequest: Codable {
        let projectId: ProjectID
        let amountKopecks: Kopecks
        /// In a view, only for the investor, the project's lead and Union staff.
        let conditions: String?
        let form: String
        let tranches: [Tranche]?
        let preMoneyKopecks: Kopecks?
        let shareClassName: String?

        var draft: PledgeDraft {
            get throws(APIError) {
                PledgeDraft(projectID: projectId, amount: amountKopecks, conditions: conditions ?? "", form: try pledgeForm)
            }
        }

        private var pledgeForm: PledgeForm {
            get throws(APIError) {
                switch form {
                case "tranches":
                    guard let tranches else {
                        throw .validation([.init(pointer: "/tranches", detail: "A tranche pledge needs its tranches.")])
                    }
                    return .tranches(tranches.map { PledgedTranche(milestone: $0.milestone, amount: $0.amountKopecks, attesters: $0.attesterIds) })
                case "equity":
                    guard let preMoneyKopecks, let shareClassName else {
                        throw .validation([.init(pointer: "/pre_money_kopecks",
                                                 detail: "An equity pledge needs pre_money_kopecks and share_class_name.")])
                    }
                    return .equity(preMoney: preMoneyKopecks, shareClassName: shareClassName)
                default:
                    throw .validation([.init(pointer: "/form", detail: "form must be tranches or equity.")])
                }
            }
        }
    }

    struct PledgeView: Encodable {
        let stated: PledgeRequest
        let id: String
        let eventId: String
        let investor: String
        let status: String
        let pledgedAt: String
        let ledgerSeq: Int
        let decidedAt: String?
        let acceptedBy: String?
        let contractId: String?
        let capTableEventId: String?

        private enum CodingKeys: String, CodingKey {
            case id, eventId, investor, status, pledgedAt, ledgerSeq, decidedAt, acceptedBy, contractId, capTableEventId
        }

        init(_ pledge: Pledge, showingConditions: Bool) {
            var tranches: [Tranche]?
            var equity: (preMoney: Kopecks, name: String)?
            switch pledge.form {
            case let .tranches(plan):
                tranches = plan.map { Tranche(milestone: $0.milestone, amountKopecks: $0.amount, attesterIds: $0.attesters) }
            case let .equity(preMoney, name):
                equity = (preMoney, name)
            }
            stated = PledgeRequest(projectId: pledge.projectID, amountKopecks: pledge.amount,
                                   conditions: showingConditions ? pledge.conditions : nil, form: pledge.form.name, tranches: tranches,
                                   preMoneyKopecks: equity?.preMoney, shareClassName: equity?.name)
            id = pledge.id.rawValue
            eventId = pledge.eventID.rawValue
            investor = pledge.investor.rawValue
            status = pledge.status.rawValue
            pledgedAt = pledge.pledgedAt.rfc3339
            ledgerSeq = pledge.ledgerSeq
            decidedAt = pledge.decidedAt?.rfc3339
            acceptedBy = pledge.acceptance?.acceptedBy
            switch pledge.acceptance?.outcome {
            case let .contract(contract)?: (contractId, capTableEventId) = (contract.rawValue, nil)
            case let .round(round)?: (contractId, capTableEventId) = (nil, round.rawValue)
            case nil: (contractId, capTableEventId) = (nil, nil)
            }
        }

        /// The stated fields and the registry's own, in one object.
        func encode(to encoder: any Encoder) throws {
            try stated.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(eventId, forKey: .eventId)
            try container.encode(investor, forKey: .investor)
            try container.encode(status, forKey: .status)
            try container.encode(pledgedAt, forKey: .pledgedAt)
            try container.encode(ledgerSeq, forKey: .ledgerSeq)
            try container.encodeIfPresent(decidedAt, forKey: .decidedAt)
            try container.encodeIfPresent(acceptedBy, forKey: .acceptedBy)
            try container.encodeIfPresent(contractId, forKey: .contractId)
            try container.encodeIfPresent(capTableEventId, forKey: .capTableEventId)
        }
    }

    struct UnionOptionView: Encodable {
        let projectId: String
        let grantId: String
        let shareClass: String
        let units: Int64
        let ledgerSeq: Int

        init(_ option: UnionOption) {
            projectId = option.projectID.rawValue
            grantId = option.grantID.rawValue
            shareClass = option.shareClassID.rawValue
            units = option.units.value
            ledgerSeq = option.ledgerSeq
        }
    }
}
