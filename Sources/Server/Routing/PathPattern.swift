/// A route's path with named parameters, as written in the route table and the OpenAPI
/// document: `/api/v1/projects/{project_id}`.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case parameter(String)
    }

    public let segments: [Segment]

    public init(_ pattern: String) {
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map { part in
            if part.first == "{" && part.last == "}" { return .parameter(String(part.dropFirst().dropLast())) }
            return .literal(String(part))
        }
    }

    public var parameterNames: [String] {
        segments.compactMap { if case let .parameter(name) = $0 { return name } else { return nil } }
    }

    public var description: String {
        "/" + segments.map { segment in
            switch segment {
            case let .literal(text): return text
            case let .parameter(name): return "{\(name)}"
            }
        }.joined(separator: "/")
    }
}
