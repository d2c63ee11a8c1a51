import Ledger

/// Schemas of the node's administration.
extension APISchemas {
    static let backup: JSONValue = [
        "type": "object", "required": ["name", "bytes", "taken_at"],
        "properties": [
            "name": ["type": "string", "description": "The file's name in the data folder's backups/."],
            "bytes": ["type": "integer"], "taken_at": time,
        ],
    ]

    static let nodeSchemas: JSONObject = [
        "Backup": backup,
        "BackupPage": page(of: backup),
        "VerifiedBackup": [
            "type": "object", "required": ["name", "bytes", "taken_at", "entries", "root_hash"],
            "properties": [
                "name": ["type": "string"], "bytes": ["type": "integer"], "taken_at": time,
                "entries": ["type": "integer", "description": "The ledger entries the copy holds, each verified."],
                "root_hash": sha256,
            ],
        ],
    ]
}
