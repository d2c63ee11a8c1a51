import Foundation
import Ledger

/// Decodes JSON request bodies into typed commands, in one place: checks the media
/// type, reads the body as strictly as the ledger reads what it signs (I-JSON: no
/// duplicate names, no lone surrogates, integers within ±(2^53 − 1)), maps `snake_case`
/// fields to Swift names, and turns decoding failures into field errors with JSON Pointers.
public enum JSONBodyDecoder {
    public static func decode<T: Decodable>(_ type: T.Type, from request: HTTPRequest) throws -> T {
        _ = try strict(request)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(T.self, from: Data(request.body))
    }

    /// The body as a JSON object, parsed strictly, for bodies that carry ledger payloads.
    static func object(from request: HTTPRequest) throws -> JSONObject {
        guard let object = try strict(request).objectValue else {
            throw APIError.validation([.init(pointer: "", detail: "The body must be one JSON object.")])
        }
        return object
    }

    /// The body parsed strictly, or a 422 saying what the parser refused and where.
    private static func strict(_ request: HTTPRequest) throws(APIError) -> JSONValue {
        try requireJSON(request)
        do {
            return try JSONValue.parse(request.body)
        } catch {
            throw .validation([.init(pointer: "", detail: "The body is not JSON the node accepts: \(error.description).")])
        }
    }

    private static func requireJSON(_ request: HTTPRequest) throws(APIError) {
        let mediaType = request.headers["Content-Type"]?.split(separator: ";").first?.trimmingSpaces.lowercased()
        guard mediaType == "application/json" else { throw .unsupportedMediaType(expected: "application/json") }
    }

    static func fieldError(_ error: DecodingError) -> ProblemDetails.FieldError {
        switch error {
        case let .keyNotFound(key, context):
            return .init(pointer: pointer(context.codingPath + [key]), detail: "\(snake(key.stringValue)) is required.")
        case let .typeMismatch(type, context):
            return .init(pointer: pointer(context.codingPath), detail: "Expected \(describe(type)).")
        case let .valueNotFound(type, context):
            return .init(pointer: pointer(context.codingPath), detail: "Expected \(describe(type)), found null.")
        case let .dataCorrupted(context):
            let detail = context.codingPath.isEmpty ? "The body is not valid JSON." : context.debugDescription
            return .init(pointer: pointer(context.codingPath), detail: detail)
        @unknown default:
            return .init(pointer: "", detail: "The body does not match the schema.")
        }
    }

    private static func pointer(_ path: [any CodingKey]) -> String {
        path.map { "/" + ($0.intValue.map(String.init) ?? snake($0.stringValue)) }.joined()
    }

    private static func snake(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type: return "an integer"
        case is Bool.Type: return "true or false"
        default: return "a value of another type"
        }
    }
}

extension HTTPResponse {
    /// A JSON response; fields are written in `snake_case`, dates in RFC 3339.
    public static func json<T: Encodable>(_ value: T, status: HTTPStatus = .ok) throws -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return HTTPResponse(status: status, contentType: "application/json", body: Array(try encoder.encode(value)))
    }
}
