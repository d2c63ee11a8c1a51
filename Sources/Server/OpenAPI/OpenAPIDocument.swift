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
        if let response = docs.responseSchema {
            success["content"] = .object(JSONObject(dictionaryLiteral: (docs.responseContentType,
                ["schema": ["$ref": .string("#/components/schemas/\(response)")]])))
        }
        responses[String(docs.successStatus.code)] = .object(success)
        var errors = Set(docs.errorStatuses.map(\.code))
        switch route.access {
        case .anyone: break
        case .signedIn: errors.insert(401)
        case .roles: errors.formUnion([401, 403])
        }
        if route.bodyLimit > 0 { errors.formUnion([413, 422]) }
        for code in errors.sorted() {
            responses[String(code)] = ["description": .string(HTTPStatus(code: code).reasonPhrase), "content": [
                "application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]],
            ]]
        }
        operation["responses"] = .object(responses)
        switch route.access {
        case .anyone: operation["security"] = [[:]]
        case .signedIn, .roles: operation["security"] = [["bearer": []], ["session": []]]
        }
        return operation
    }
}
