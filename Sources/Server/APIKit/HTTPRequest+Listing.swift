import Registry

extension HTTPRequest {
    /// The page the query's `limit` and `cursor` ask for.
    func pageRequest() throws -> PageRequest {
        let query = try QueryParameters(self)
        var limit = PageRequest.defaultLimit
        if let text = query["limit"] {
            guard let value = Int(text) else {
                throw RegistryValidationError(field: "limit", rule: .notInRange(minimum: 1, maximum: Int64(PageRequest.maximumLimit), unit: .number))
            }
            limit = value
        }
        let after = try query["cursor"].map { token throws(RegistryValidationError) in
            guard let cursor = PageCursor(token: token) else {
                throw RegistryValidationError(field: "cursor", rule: .unknownCursor)
            }
            return cursor
        }
        return try PageRequest(limit: limit, after: after)
    }

    /// The search words of the query's `q`, if it has any.
    func searchQuery() throws -> SearchQuery? {
        try QueryParameters(self)["q"].flatMap { try SearchQuery($0) }
    }
}
