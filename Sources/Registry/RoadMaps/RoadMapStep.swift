import Ledger

/// The fourteen steps of the road map by which a town launches the Union's model (annex 2
/// of the seed: «Дорожная карта» цифровизации муниципалитета), in the seed's order. Its
/// raw value is the step's number, as the API, the rows and the ledger write it.
public enum RoadMapStep: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// Signing the agreement (memorandum) with the region.
    case memorandum = 1
    /// The organising committee's first meeting: members, budget, employers to map, directions.
    case committeeMeeting
    /// The order that holds the Challenge and fixes its committee.
    case challengeOrder
    /// The one-day maturity audit (mapping) of the towns taking part.
    case maturityAudit
    /// The Glocal City Game.
    case cityGame
    /// The test platform opened to the towns' teams.
    case testPlatform
    /// The business accelerator.
    case accelerator
    /// Registering the Smart-City Union as a non-profit.
    case unionRegistration
    /// The investment session.
    case investmentSession
    /// Preparing the Challenge: teams ready, new teams recruited, its budget.
    case challengePreparation
    /// The Glocal City Challenge.
    case challenge
    /// The accelerator of the new projects.
    case nextAccelerator
    /// Handing the platform's rights to the Union and running it.
    case platformHandover
    /// The region's government meets with the Union: results, awards, plans.
    case resultsMeeting

    /// How long the seed plans the step; nil for the test platform, which the seed gives
    /// no duration and which runs alongside the accelerator.
    public var plannedLength: Length? {
        switch self {
        case .memorandum, .challengeOrder, .platformHandover: .months(1)
        case .committeeMeeting, .maturityAudit, .investmentSession, .resultsMeeting: .days(1)
        case .cityGame, .challenge: .days(3)
        case .accelerator, .challengePreparation, .nextAccelerator: .months(2)
        case .unionRegistration: .months(3)
        case .testPlatform: nil
        }
    }

    /// Who answers for the step in the seed, as a town's plan starts with it.
    public var seedOwner: String {
        switch self {
        case .memorandum: "Правительство региона, администрация города, АО «РИР»"
        case .committeeMeeting: "Правительство региона, администрация города, АО «РИР»"
        case .challengeOrder: "Оргкомитет Glocal City Challenge"
        case .maturityAudit: "АО «РИР», администрации городов-участников"
        case .cityGame: "АО «РИР», Оргкомитет Glocal City Challenge"
        case .testPlatform, .accelerator: "АО «РИР»"
        case .unionRegistration: "Команда представителей предпринимательского сообщества"
        case .investmentSession, .nextAccelerator, .platformHandover: "АО «РИР», НКО «Смарт-Город»"
        case .challengePreparation, .challenge: "Оргкомитет Glocal City Challenge, НКО «Смарт-Город»"
        case .resultsMeeting: "Правительство региона, администрация города, НКО «Смарт-Город», АО «РИР»"
        }
    }

    /// The kind of event whose sealing completes the step, when one does. Both accelerator
    /// steps are completed by a cohort: the first sealed cohort completes the first.
    public var completingEvent: EventKind? {
        switch self {
        case .cityGame: .game
        case .accelerator, .nextAccelerator: .accelerator
        case .investmentSession: .investmentSession
        case .challenge: .challenge
        default: nil
        }
    }

    /// A step's planned length in calendar units.
    public enum Length: Sendable, Hashable {
        case days(Int)
        case months(Int)

        /// The last day of a step of this length that starts on `start`.
        public func lastDay(from start: CalendarDate) -> CalendarDate {
            switch self {
            case let .days(count): start.addingDays(count - 1)
            case let .months(count): start.addingMonths(count).addingDays(-1)
            }
        }
    }

    /// The step's name in the API, beside its number.
    public var code: String {
        switch self {
        case .memorandum: "memorandum"
        case .committeeMeeting: "committee_meeting"
        case .challengeOrder: "challenge_order"
        case .maturityAudit: "maturity_audit"
        case .cityGame: "city_game"
        case .testPlatform: "test_platform"
        case .accelerator: "accelerator"
        case .unionRegistration: "union_registration"
        case .investmentSession: "investment_session"
        case .challengePreparation: "challenge_preparation"
        case .challenge: "challenge"
        case .nextAccelerator: "next_accelerator"
        case .platformHandover: "platform_handover"
        case .resultsMeeting: "results_meeting"
        }
    }

    public static func < (lhs: RoadMapStep, rhs: RoadMapStep) -> Bool { lhs.rawValue < rhs.rawValue }
}
