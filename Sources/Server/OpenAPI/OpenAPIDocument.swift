import Ledger

/// Builds the OpenAPI 3.1 document from the route table, so the document cannot list a
/// route the server does not serve or miss one it does. Schemas come from
/// `APISchemas`; every operation lists its security, parameters and problem answers.
public enum OpenAPIDocument {
    public static func build(routes: [Route], version: String) -> JSONValue {
        var paths = JSONObject()
        for route in routes.sorted(by: { $0.path.description < $1.path.description }) {
            let key = route.path.description
            var item = paths[key]?.objectValue ?? JSONObject()
            item[route.method.rawValue.lowercased()] = .object(operation(route))
            paths[key] = .object(item)
        }
        var schemas = APISchemas.all
        schemas["Problem"] = APISchemas.problem
        for (name, schema) in schemas { schemas[name] = bounded(schema) }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Glocal API",
                "version": .string(version),
                "description": "The registry and verifiable ledger of a town's Smart-City Union. Conventions: docs/api.md.",
            ],
            "servers": [["url": "/"]],
            "paths": .object(paths),
            "components": [
                "schemas": .object(schemas),
                "securitySchemes": [
                    "bearer": ["type": "http", "scheme": "bearer", "description": "An API token from POST /api/v1/tokens."],
                    "session": ["type": "apiKey", "in": "cookie", "name": .string(AuthenticationMiddleware.sessionCookie)],
                ],
            ],
        ]
    }

    /// `schema` with every integer bounded by ±(2^53 − 1), the one limit on integers (money
    /// and share units among them) that the API reads and the ledger signs.
    static func bounded(_ schema: JSONValue) -> JSONValue {
        switch schema {
        case let .object(object):
            var result = JSONObject()
            for (key, value) in object { result[key] = bounded(value) }
            if object["type"] == "integer" {
                if result["maximum"] == nil { result["maximum"] = .integer(JSONValue.largestExactInteger) }
                if result["minimum"] == nil { result["minimum"] = .integer(-JSONValue.largestExactInteger) }
            }
            return .object(result)
        case let .array(items):
            return .array(items.map(bounded))
        default:
            return schema
        }
    }

    private static func operation(_ route: Route) -> JSONObject {
        let docs = route.documentation
        var operation: JSONObject = [
            "operationId": .string(route.operationID),
            "summary": .string(route.summary),
            "tags": [.string(route.tag)],
            "x-glocal-access": .string(route.access.description),
            "x-glocal-action": .string(route.action.rawValue),
        ]
        if let run = route.operation, run.name != route.operationID { operation["x-glocal-operation"] = .string(run.name) }
        var parameters: [JSONValue] = route.path.parameterNames.map { name in
            ["name": .string(name), "in": "path", "required": true, "schema": ["type": "string"]]
        }
        for query in docs.queryParameters {
            parameters.append(["name": .string(query.name), "in": "query", "required": false,
                               "description": .string(query.description), "schema": ["type": .string(query.type)]])
        }
        if route.isIdempotentCreate {
            parameters.append(["name": "Idempotency-Key", "in": "header", "required": false,
                               "description": "Retrying with the same key returns the first result and writes nothing twice.",
                               "schema": ["type": "string", "maxLength": 255]])
        }
        if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
        if let request = docs.requestSchema {
            operation["requestBody"] = ["required": true, "content": [
                .init(stringLiteral: docs.requestContentType): ["schema": ["$ref": .string("#/components/schemas/\(request)")]],
            ]]
        }
        var responses = JSONObject()
        var success: JSONObject = ["description": .string(docs.successStatus.reasonPhrase)]
        let mediaType = String(docs.responseContentType.split(separator: ";").first ?? "")
        if let response = docs.responseSchema, mediaType == "text/event-stream" {
            // Each event of the stream: its name, and its data, a JSON document of the schema.
            success["content"] = .object(JSONObject(dictionaryLiteral: (mediaType, ["schema": [
                "type": "object", "required": ["event", "data"],
                "properties": [
                    "event": ["type": "string"], "id": ["type": "string"], "retry": ["type": "integer"],
                    "data": ["type": "string", "contentMediaType": "application/json",
                             "contentSchema": ["$ref": .string("#/components/schemas/\(response)")]],
                ],
            ]])))
        } else if let response = docs.responseSchema {
            success["content"] = .object(JSONObject(dictionaryLiteral: (mediaType,
                ["schema": ["$ref": .string("#/components/schemas/\(response)")]])))
        } else if docs.successStatus != .noContent && docs.successStatus != .seeOther {
            let any: JSONValue = mediaType == "application/json" ? ["type": "object"] : ["type": "string"]
            success["content"] = .object(JSONObject(dictionaryLiteral: (mediaType, ["schema": any])))
        }
        responses[String(docs.successStatus.code)] = .object(success)
        if let accepted = docs.acceptedSchema {
            responses["202"] = ["description": "Accepted: waiting for the consent of the members it concerns", "content": [
                "application/json": ["schema": ["$ref": .string("#/components/schemas/\(accepted)")]],
            ]]
        }
        // A page answers a refusal of its form as the page again, with the refusal beside
        // the form; everything else answers a problem document.
        var problem: JSONObject = ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]]
        if route.tag == "pages" { problem["text/html"] = ["schema": ["type": "string"]] }
        for code in route.errorStatuses.sorted() {
            responses[String(code)] = ["description": .string(HTTPStatus(code: code).reasonPhrase), "content": .object(problem)]
        }
        operation["responses"] = .object(responses)
        switch route.access {
        case .anyone: operation["security"] = [[:]]
        case .signedIn, .roles: operation["security"] = [["bearer": []], ["session": []]]
        }
        return operation
    }
}
