import Foundation

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
            problem = ProblemDetails(type: "validation", title: "Invalid request body", status: .unprocessableContent,
                                     detail: "The request body does not match the documented schema.",
                                     errors: [JSONBodyDecoder.fieldError(error)])
        case let error as ProblemConvertible:
            problem = error.problem
            headers = error.problemHeaders
        default:
            problem = ProblemDetails(type: "internal", title: "Internal error", status: .internalServerError,
                                     detail: "The server failed to answer. Quote request id \(requestID) when reporting it.")
        }
        return (problem, headers)
    }

    private static func apiProblem(_ error: APIError, headers: inout HTTPHeaders) -> ProblemDetails {
        switch error {
        case let .badRequest(detail):
            return ProblemDetails(type: "bad-request", title: "Bad request", status: .badRequest, detail: detail)
        case let .validation(errors):
            return ProblemDetails(type: "validation", title: "Invalid request", status: .unprocessableContent,
                                  detail: errors.map(\.detail).joined(separator: " "), errors: errors)
        case let .unauthenticated(detail):
            headers.set("WWW-Authenticate", "Bearer")
            return ProblemDetails(type: "unauthenticated", title: "Sign-in required", status: .unauthorized, detail: detail)
        case let .forbidden(detail):
            return ProblemDetails(type: "forbidden", title: "Not allowed", status: .forbidden, detail: detail)
        case let .notFound(detail):
            return ProblemDetails(type: "not-found", title: "Not found", status: .notFound, detail: detail)
        case let .methodNotAllowed(allowed):
            let list = allowed.map(\.rawValue).joined(separator: ", ")
            headers.set("Allow", list)
            return ProblemDetails(type: "method-not-allowed", title: "Method not allowed", status: .methodNotAllowed,
                                  detail: "This resource answers only \(list).")
        case let .methodNotImplemented(method):
            return ProblemDetails(type: "not-implemented", title: "Method not implemented", status: .notImplemented,
                                  detail: "This server does not implement the method \(method).")
        case let .conflict(detail):
            return ProblemDetails(type: "conflict", title: "Conflict", status: .conflict, detail: detail)
        case let .unsupportedMediaType(expected):
            return ProblemDetails(type: "unsupported-media-type", title: "Unsupported media type",
                                  status: .unsupportedMediaType, detail: "Send the body as \(expected).")
        case let .contentTooLarge(limit):
            return ProblemDetails(type: "content-too-large", title: "Body too large", status: .contentTooLarge,
                                  detail: "This endpoint accepts bodies of at most \(limit) bytes.")
        case let .tooManyRequests(seconds, detail):
            headers.set("Retry-After", String(seconds))
            return ProblemDetails(type: "too-many-requests", title: "Too many requests", status: .tooManyRequests,
                                  detail: detail)
        case .csrfTokenInvalid:
            return ProblemDetails(type: "csrf", title: "Missing or wrong CSRF token", status: .forbidden,
                                  detail: "Requests signed in with a session cookie must carry the session's CSRF token in the X-CSRF-Token header or the csrf_token form field.")
        case .idempotencyKeyReused:
            return ProblemDetails(type: "idempotency-key-reused", title: "Idempotency key reused",
                                  status: .unprocessableContent,
                                  detail: "This Idempotency-Key was already used with a different request; use a new key for a new request.")
        case .idempotencyKeyInProgress:
            return ProblemDetails(type: "idempotency-key-in-progress", title: "Request in progress", status: .conflict,
                                  detail: "A request with this Idempotency-Key is still being processed; retry later.")
        case .invalidIdempotencyKey:
            return ProblemDetails(type: "bad-request", title: "Bad request", status: .badRequest,
                                  detail: "Idempotency-Key must be 1 to 255 visible ASCII characters.")
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
