import Ledger

/// The JSON Schemas (2020-12, as OpenAPI 3.1 uses) of request and response bodies,
/// by the names routes refer to in their `RouteDocumentation`.
public enum APISchemas {
    public static let problem: JSONValue = [
        "type": "object",
        "required": ["type", "title", "status", "detail"],
        "properties": [
            "type": ["type": "string", "format": "uri"],
            "title": ["type": "string"],
            "status": ["type": "integer"],
            "detail": ["type": "string"],
            "instance": ["type": "string"],
            "errors": ["type": "array", "items": [
                "type": "object", "required": ["pointer", "detail"],
                "properties": ["pointer": ["type": "string"], "detail": ["type": "string"]],
            ]],
        ],
    ]

    public static let all: JSONObject = [
        "Health": [
            "type": "object", "required": ["status"],
            "properties": ["status": ["type": "string", "enum": ["ok"]]],
        ],
    ]
}
