import Synchronization

/// Holds the OpenAPI document the server serves. The document describes every route,
/// including the one that serves it, so it is published once the route table is
/// complete; until then it is empty.
public final class OpenAPIEndpoint: Sendable {
    private let document = Mutex<[UInt8]>([])

    public init() {}

    public var bytes: [UInt8] { document.withLock { $0 } }

    public func publish(routes: [Route], version: String) throws {
        let bytes = try OpenAPIDocument.build(routes: routes, version: version).canonicalBytes()
        document.withLock { $0 = bytes }
    }
}
