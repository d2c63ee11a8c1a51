/// A value the registry refuses, naming the field (as it is called in the API) and
/// what is wrong with it, so a person can correct exactly that field.
public struct RegistryValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let field: String
    public let reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "\(field): \(reason)" }
}

/// A request that contradicts what the registry already holds (a duplicate, an
/// illegal state change), with a sentence saying what.
public struct RegistryConflict: Error, Equatable, Sendable, CustomStringConvertible {
    public let detail: String

    public init(detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}

/// A record the request names that does not exist.
public struct RegistryNotFound: Error, Equatable, Sendable, CustomStringConvertible {
    public let detail: String

    public init(detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}
