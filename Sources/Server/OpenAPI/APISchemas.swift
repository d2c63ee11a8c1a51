import Ledger

/// The JSON Schemas (2020-12, as OpenAPI 3.1 uses) of request and response bodies,
/// by the names routes refer to in their `RouteDocumentation`. Each area keeps its own
/// in an extension (`APISchemas+Projects.swift`, ...); `all` gathers them.
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
            "current": ["type": "string", "description": "For an act the record's state refuses: the state it is in."],
            "requested": ["type": "string", "description": "The state the request asked for."],
            "code": ["type": "string", "description": "For a registry refusal: its stable name (such as judge-not-assigned), listed in docs/api.md."],
            "allowed": ["type": "array", "items": ["type": "string"],
                        "description": "The states in which the act is possible, or to which the record may move."],
            "existing": [
                "type": "object", "description": "For a conflict with an earlier record: that record.",
                "required": ["id", "ledger_seq"],
                "properties": ["id": ["type": "string"], "ledger_seq": ["type": "integer"]],
            ],
        ],
    ]

    static let time: JSONValue = ["type": "string", "format": "date-time"]
    static let date: JSONValue = ["type": "string", "format": "date"]

    static func page(of item: JSONValue) -> JSONValue {
        ["type": "object", "required": ["items"],
         "properties": ["items": ["type": "array", "items": item], "next_cursor": ["type": "string"]]]
    }

    /// Each area's schemas; no two areas may use the same name (a test checks).
    static var areas: [JSONObject] {
        [accountSchemas, registerSchemas, csvSchemas, projectSchemas, ipAssetSchemas, profileSchemas, memberKeySchemas, eventSchemas,
         challengeSchemas, contractSchemas, capTableSchemas, gameSchemas, acceleratorSchemas, investmentSchemas, mailSchemas, nodeSchemas, ledgerSchemas, roadMapSchemas, federationSchemas]
    }

    /// Every named schema, by name.
    public static var all: JSONObject {
        var schemas = JSONObject()
        for area in areas {
            for (name, schema) in area { schemas[name] = schema }
        }
        return schemas
    }
}
