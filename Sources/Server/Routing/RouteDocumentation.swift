/// What a route contributes to the OpenAPI document beyond its path and method: the
/// schemas of its request and response bodies (by name in `OpenAPIDocument.schemas`),
/// its query parameters, and the statuses it can answer.
public struct RouteDocumentation: Sendable {
    public var requestSchema: String?
    public var requestContentType: String
    public var responseSchema: String?
    public var responseContentType: String
    public var successStatus: HTTPStatus
    /// The schema of a 202 Accepted answer, for an act that may wait for others' consent.
    public var acceptedSchema: String?
    public var queryParameters: [QueryParameter]
    public var errorStatuses: [HTTPStatus]

    /// One documented query parameter.
    public struct QueryParameter: Sendable {
        public var name: String
        public var type: String
        public var description: String

        public init(_ name: String, type: String, description: String) {
            self.name = name
            self.type = type
            self.description = description
        }
    }

    public init(request: String? = nil, requestContentType: String = "application/json", response: String? = nil,
                responseContentType: String = "application/json", success: HTTPStatus = .ok, accepted: String? = nil,
                query: [QueryParameter] = [], errors: [HTTPStatus] = []) {
        self.requestSchema = request
        self.requestContentType = requestContentType
        self.responseSchema = response
        self.responseContentType = responseContentType
        self.successStatus = success
        self.acceptedSchema = accepted
        self.queryParameters = query
        self.errorStatuses = errors
    }
}
