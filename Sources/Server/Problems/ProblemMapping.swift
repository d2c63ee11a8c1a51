import Foundation
import Ledger
import Registry

/// The single table from failures to RFC 9457 problems. Anything not listed here is an
/// internal error: logged with the request id, answered with a 500 that reveals nothing.
public enum ProblemMapping {
    public static func response(for error: any Error, requestID: String) -> HTTPResponse {
        let (problem, headers) = problem(for: error, requestID: requestID)
        return problem.response(headers: headers)
    }

    public static func problem(for error: any Error, requestID: String) -> (ProblemDetails, HTTPHeaders) {
        var headers = HTTPHeaders()
        let problem: ProblemDetails
        switch error {
        case let error as APIError:
            problem = apiProblem(error, headers: &headers)
        case let error as DecodingError:
            problem = ProblemDetails(.validation, detail: "The request body does not match the documented schema.",
                                     errors: [JSONBodyDecoder.fieldError(error)])
        case let error as ProblemConvertible:
            problem = error.problem
            headers = error.problemHeaders
        case let refusal as any Refusal:
            problem = Self.problem(for: refusal)
        case LedgerError.invalidJSON(.integerOutOfRange):
            // An act whose values pass the checks at the door can still add up past the limit
            // (a sum, a post-money valuation): the ledger refuses to sign it, the act's
            // transaction rolls back, and the caller is told why.
            problem = ProblemDetails(.validation, detail: """
                The act would record an amount or a number of units beyond 9 007 199 254 740 991 (2^53 − 1), the limit of money and units; nothing was written.
                """)
        default:
            problem = ProblemDetails(.internalError, detail: "The server failed to answer. Quote request id \(requestID) when reporting it.")
        }
        return (problem, headers)
    }

    /// A registry refusal as a problem: its type by the refusal's kind, its stable `code`, and
    /// the field at fault as a JSON Pointer when there is one.
    static func problem(for refusal: any Refusal) -> ProblemDetails {
        let type: ProblemType = switch refusal {
        case is RegistryValidationError: .validation
        case is RegistryNotFound: .notFound
        case is MembershipConflict, is TownConflict, is ProjectConflict, is GameConflict, is ChallengeConflict, is InvestmentConflict,
             is AcceleratorConflict:
            .conflict
        default: .conflict
        }
        var problem = ProblemDetails(type, detail: refusal.english.hasSuffix(".") ? refusal.english : refusal.english + ".",
                                     errors: refusal.field.map { field in
                                         [.init(pointer: "/" + field, detail: (refusal as? RegistryValidationError)?.rule.english ?? refusal.english)]
                                     })
        problem.code = refusal.code
        return problem
    }

    private static func apiProblem(_ error: APIError, headers: inout HTTPHeaders) -> ProblemDetails {
        switch error {
        case let .badRequest(detail):
            return ProblemDetails(.badRequest, detail: detail)
        case let .validation(errors):
            return ProblemDetails(.validation, detail: errors.map(\.detail).joined(separator: " "), errors: errors)
        case let .unauthenticated(detail):
            headers.set("WWW-Authenticate", "Bearer")
            return ProblemDetails(.unauthenticated, detail: detail)
        case let .forbidden(detail):
            return ProblemDetails(.forbidden, detail: detail)
        case let .notFound(detail):
            return ProblemDetails(.notFound, detail: detail)
        case let .methodNotAllowed(allowed):
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            headers.set("Allow", list)
            return ProblemDetails(.methodNotAllowed, detail: "This resource answers only \(list).")
        case let .methodNotImplemented(method):
            return ProblemDetails(.notImplemented, detail: "This server does not implement the method \(method).")
        case let .conflict(detail):
            return ProblemDetails(.conflict, detail: detail)
        case let .unsupportedMediaType(expected):
            return ProblemDetails(.unsupportedMediaType, detail: "Send the body as \(expected).")
        case let .contentTooLarge(limit):
            return ProblemDetails(.contentTooLarge, detail: "This endpoint accepts bodies of at most \(limit) bytes.")
        case .csrfTokenInvalid:
            return ProblemDetails(.csrf, detail: "Requests signed in with a session cookie must carry the session's CSRF token in the X-CSRF-Token header or the csrf_token form field.")
        case .idempotencyKeyReused:
            return ProblemDetails(.idempotencyKeyReused, detail: "This Idempotency-Key was already used with a different request; use a new key for a new request.")
        case .idempotencyKeyInProgress:
            return ProblemDetails(.idempotencyKeyInProgress, detail: "A request with this Idempotency-Key is still being processed; retry later.")
        case .idempotencyKeyAnswerLost:
            return ProblemDetails(.idempotencyKeyAnswerLost, detail: """
                The request with this Idempotency-Key was carried out, but the node stopped before its answer was stored; \
                look up what it created instead of sending it again.
                """)
        case .invalidIdempotencyKey:
            return ProblemDetails(.badRequest, detail: "Idempotency-Key must be 1 to 255 visible ASCII characters.")
        }
    }
}

/// Errors from lower layers (the Registry's typed errors) that know their problem.
/// Conformances live in Server, next to the mapping, so the Registry knows nothing of HTTP.
public protocol ProblemConvertible: Error {
    var problem: ProblemDetails { get }
    /// Headers the answer needs (`Retry-After`); none by default.
    var problemHeaders: HTTPHeaders { get }
}

extension ProblemConvertible {
    public var problemHeaders: HTTPHeaders { HTTPHeaders() }
}
