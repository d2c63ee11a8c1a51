/// The routes frozen into a tree of path segments, so a lookup costs one dictionary
/// step per segment whatever the number of routes. Literal segments win over
/// parameters (`/tokens/current` before `/tokens/{token_id}`).
struct RouteTable: Sendable {
    /// What a path found: routes by method (empty if the path is unknown) and parameters.
    struct Match {
        let routes: [HTTPMethod: Route]
        let parameters: [String: String]
    }

    private final class Node: @unchecked Sendable {
        var literals: [String: Node] = [:]
        var parameter: (name: String, node: Node)?
        var remainder: (name: String, node: Node)?
        var routes: [HTTPMethod: Route] = [:]
    }

    private let root = Node()
    let routes: [Route]

    /// Builds the table; a second route with the same method and path is a programming
    /// error reported by `duplicate`.
    init(_ routes: [Route]) throws(RouteTableError) {
        self.routes = routes
        for route in routes {
            var node = root
            for segment in route.path.segments {
                switch segment {
                case let .literal(text):
                    let next = node.literals[text] ?? Node()
                    node.literals[text] = next
                    node = next
                case let .parameter(name):
                    if let existing = node.parameter {
                        guard existing.name == name else { throw .conflictingParameters(route.label, existing.name) }
                        node = existing.node
                    } else {
                        let next = Node()
                        node.parameter = (name, next)
                        node = next
                    }
                case let .remainder(name):
                    let next = node.remainder?.node ?? Node()
                    node.remainder = (name, next)
                    node = next
                }
            }
            guard node.routes[route.method] == nil else { throw .duplicate(route.label) }
            node.routes[route.method] = route
        }
    }

    /// Matches a request path. A segment that is not valid percent-encoding matches
    /// no parameter, so such a path is simply not found.
    func match(path: Substring) -> Match {
        var parameters: [String: String] = [:]
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard let node = walk(root, segments[...], &parameters) else { return Match(routes: [:], parameters: [:]) }
        return Match(routes: node.routes, parameters: parameters)
    }

    private func walk(_ node: Node, _ segments: ArraySlice<Substring>, _ parameters: inout [String: String]) -> Node? {
        guard let first = segments.first else { return node.routes.isEmpty ? nil : node }
        let rest = segments.dropFirst()
        if let literal = node.literals[String(first)], let found = walk(literal, rest, &parameters) {
            return found
        }
        if let (name, child) = node.parameter, let value = PercentDecoding.decode(first) {
            parameters[name] = value
            if let found = walk(child, rest, &parameters) { return found }
            parameters[name] = nil
        }
        if let (name, child) = node.remainder, !child.routes.isEmpty {
            let decoded = segments.map { PercentDecoding.decode($0) }
            guard !decoded.contains(nil) else { return nil }
            parameters[name] = decoded.compactMap { $0 }.joined(separator: "/")
            return child
        }
        return nil
    }
}

/// A route table that cannot be built.
enum RouteTableError: Error, CustomStringConvertible {
    case duplicate(String)
    case conflictingParameters(String, String)

    var description: String {
        switch self {
        case let .duplicate(label): return "route \(label) is declared twice"
        case let .conflictingParameters(label, other): return "route \(label) names a path parameter differently from {\(other)}"
        }
    }
}
