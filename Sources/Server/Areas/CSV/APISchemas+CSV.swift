import Ledger

/// Schemas of the CSV export and import of the registers.
extension APISchemas {
    static let csvSchemas: JSONObject = [
        "CSVFile": [
            "type": "string",
            "description": "RFC 4180 CSV in UTF-8 (a BOM is written on export and accepted on import), a header row naming the columns.",
        ],
        "ImportReport": [
            "type": "object", "required": ["rows", "valid", "written", "errors"],
            "description": "Every bad row of an import. A refused real import (422) also carries the problem members type, title, status and detail.",
            "properties": [
                "rows": ["type": "integer", "minimum": 0], "valid": ["type": "integer", "minimum": 0],
                "written": ["type": "boolean"],
                "errors": ["type": "array", "items": [
                    "type": "object", "required": ["line", "field", "detail", "pointer"],
                    "properties": ["line": ["type": "integer", "minimum": 1], "field": ["type": "string"], "detail": ["type": "string"],
                                   "pointer": ["type": "string", "description": "/<line>/<column>, as a problem's errors name a field."]],
                ]],
                "type": ["type": "string", "format": "uri"], "title": ["type": "string"], "status": ["type": "integer"],
                "detail": ["type": "string"],
            ],
        ],
    ]
}
