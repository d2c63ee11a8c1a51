/// A route's path with named parameters, as written in the route table and the OpenAPI
/// document: `/api/v1/projects/{project_id}`. A last parameter written `{name...}` takes
/// the rest of the path, slashes and all (a tiled log's `tile/0/x001/067.p/5`).
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
        /// The rest of the path, one or more segments joined by `/`.
        case remainder(String)
    }

    public let segments: [Segment]

    public init(_ pattern: String) {
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map { part in
            if part.first == "{" && part.hasSuffix("...}") { return .remainder(String(part.dropFirst().dropLast(4))) }
            if part.first == "{" && part.last == "}" { return .parameter(String(part.dropFirst().dropLast())) }
            return .literal(String(part))
        }
    }

    public var parameterNames: [String] {
        segments.compactMap { segment in
            switch segment {
            case let .parameter(name), let .remainder(name): name
            case .literal: nil
            }
        }
    }

    public var description: String {
        "/" + segments.map { segment in
            switch segment {
            case let .literal(text): return text
            case let .parameter(name), let .remainder(name): return "{\(name)}"
            }
        }.joined(separator: "/")
    }
}
