/// Every kind of problem the API answers, with its status and title: the one table the
/// code, the OpenAPI document and `docs/api.md` share (a test compares the documentation's
/// table with this one). A client handles failures by the type; `detail` is for a person.
public enum ProblemType: String, Sendable, CaseIterable {
    case badRequest = "bad-request"
    case validation
    case unauthenticated
    case invalidCredentials = "invalid-credentials"
    case forbidden
    case csrf
    case notFound = "not-found"
    case methodNotAllowed = "method-not-allowed"
    case conflict
    case alreadyDeposited = "already-deposited"
    case idempotencyKeyInProgress = "idempotency-key-in-progress"
    case idempotencyKeyAnswerLost = "idempotency-key-answer-lost"
    case contractState = "contract-state"
    case capTableConflict = "cap-table-conflict"
    case noCustodialKey = "no-custodial-key"
    case eventState = "event-state"
    case stageMove = "stage-move"
    case contentTooLarge = "content-too-large"
    case unsupportedMediaType = "unsupported-media-type"
    case idempotencyKeyReused = "idempotency-key-reused"
    case capTableInvalid = "cap-table-invalid"
    case signatureRequired = "signature-required"
    case invalidSignature = "invalid-signature"
    case contractTerms = "contract-terms"
    case invalidImport = "invalid-import"
    case tooManyRequests = "too-many-requests"
    case internalError = "internal"
    case notImplemented = "not-implemented"
    case overloaded

    public var status: HTTPStatus {
        switch self {
        case .badRequest: .badRequest
        case .unauthenticated, .invalidCredentials: .unauthorized
        case .forbidden, .csrf: .forbidden
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .conflict, .alreadyDeposited, .idempotencyKeyInProgress, .idempotencyKeyAnswerLost, .contractState, .capTableConflict, .noCustodialKey,
             .eventState, .stageMove:
            .conflict
        case .contentTooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .validation, .idempotencyKeyReused, .capTableInvalid, .signatureRequired, .invalidSignature, .contractTerms,
             .invalidImport:
            .unprocessableContent
        case .tooManyRequests: .tooManyRequests
        case .internalError: .internalServerError
        case .notImplemented: .notImplemented
        case .overloaded: .serviceUnavailable
        }
    }

    public var title: String {
        switch self {
        case .badRequest: "Bad request"
        case .validation: "Invalid request"
        case .unauthenticated: "Sign-in required"
        case .invalidCredentials: "Wrong email or password"
        case .forbidden: "Not allowed"
        case .csrf: "Missing or wrong CSRF token"
        case .notFound: "Not found"
        case .methodNotAllowed: "Method not allowed"
        case .conflict: "Conflict"
        case .alreadyDeposited: "Already deposited"
        case .idempotencyKeyInProgress: "Request in progress"
        case .idempotencyKeyAnswerLost: "Request carried out, answer lost"
        case .contractState: "Refused in the contract's current state"
        case .capTableConflict: "Refused by the cap table"
        case .noCustodialKey: "No key held for the member"
        case .eventState: "Not possible in the event's current status"
        case .stageMove: "Not the project's next stage"
        case .contentTooLarge: "Body too large"
        case .unsupportedMediaType: "Unsupported media type"
        case .idempotencyKeyReused: "Idempotency key reused"
        case .capTableInvalid: "Invalid cap table event"
        case .signatureRequired: "Signature required"
        case .invalidSignature: "Signature refused"
        case .contractTerms: "Not possible under the contract's terms"
        case .invalidImport: "Rows refused"
        case .tooManyRequests: "Too many requests"
        case .internalError: "Internal error"
        case .notImplemented: "Method not implemented"
        case .overloaded: "Busy"
        }
    }
}
