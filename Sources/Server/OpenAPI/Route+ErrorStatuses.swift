extension Route {
    /// Every error status the route can answer, as the OpenAPI document declares them: the
    /// ones its documentation names, and the ones its traits bring — 401 for every route (a
    /// request that sends credentials the node does not know, or no longer honours, is
    /// refused even where none are needed), 403 for routes that need someone signed in (the
    /// policy, the CSRF check, an account that is no member), 404 for a path naming a record, 400, 409 and 422 for `Idempotency-Key`,
    /// 413 for a body over the limit, 415 for a body of another type, 404, 409 and 422 for
    /// the registry's refusals of an act (a record it names, its state, its values), and
    /// 422 for bad query values and 414 for a query too long for the request line.
    var errorStatuses: Set<Int> {
        var codes = Set(documentation.errorStatuses.map(\.code))
        let acts = method != .get && method != .head
        codes.insert(401)
        if access != .anyone { codes.insert(403) }
        if !path.parameterNames.isEmpty { codes.insert(404) }
        if acts { codes.formUnion([404, 409, 413, 422]) }
        if documentation.requestSchema != nil, documentation.requestContentType != "application/x-www-form-urlencoded" { codes.insert(415) }
        if !documentation.queryParameters.isEmpty { codes.formUnion([414, 422]) }
        if isIdempotentCreate { codes.formUnion([400, 409, 422]) }
        return codes
    }
}
