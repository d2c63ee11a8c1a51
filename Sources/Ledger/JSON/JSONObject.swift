/// The members of a JSON object, each key named at most once.
///
/// Keys are distinct by their exact UTF-8 bytes rather than by Swift's canonical-equivalence
/// `String ==`, because JSON and RFC 8785 treat "\u{C5}" and "A\u{30A}" as different keys.
/// Members keep the order they were added in; equality ignores that order, as JSON does.
public struct JSONObject: Sendable, Equatable, Sequence {
    public typealias Element = (key: String, value: JSONValue)

    private(set) var members: [Element] = []
    /// Empty until the object is large enough that scanning `members` would cost more than
    /// hashing; a hostile object with many keys must not make duplicate checks quadratic.
    private var positions: [ExactKey: Int] = [:]
    private static let indexingThreshold = 16

    public init() {}

    /// Builds an object from pairs, refusing a key that appears twice.
    public init<Pairs: Sequence>(uniqueKeysWithValues pairs: Pairs) throws(JSONError)
    where Pairs.Element == (String, JSONValue) {
        for (key, value) in pairs where !appendIfAbsent(key, value) {
            throw .duplicateKey(key, offset: nil)
        }
    }

    /// Room for a typical ledger entry's members, so parsing does not regrow the storage.
    init(reservingCapacity capacity: Int) {
        members.reserveCapacity(capacity)
    }

    init(literalMembers: [(String, JSONValue)]) {
        for (key, value) in literalMembers {
            let added = appendIfAbsent(key, value)
            precondition(added, "duplicate key \"\(key)\" in a JSON object literal")
        }
    }

    public var count: Int { members.count }

    public var isEmpty: Bool { members.isEmpty }

    /// Keys in the order they were added.
    public var keys: [String] { members.map(\.key) }

    /// The value for exactly this key; setting `nil` removes the member, setting a value for a
    /// new key appends it.
    public subscript(key: String) -> JSONValue? {
        get {
            position(of: key).map { members[$0].value }
        }
        set {
            switch (position(of: key), newValue) {
            case let (position?, value?):
                members[position].value = value
            case let (position?, nil):
                members.remove(at: position)
                reindex()
            case let (nil, value?):
                _ = appendIfAbsent(key, value)
            case (nil, nil):
                break
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[Element]> {
        members.makeIterator()
    }

    public var underestimatedCount: Int { members.count }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.members.allSatisfy { rhs[$0.key] == $0.value }
    }

    /// Adds the member unless the key is already present; returns whether it was added.
    mutating func appendIfAbsent(_ key: String, _ value: JSONValue) -> Bool {
        guard position(of: key) == nil else { return false }
        members.append((key, value))
        if members.count == Self.indexingThreshold {
            reindex()
        } else if members.count > Self.indexingThreshold {
            positions[ExactKey(string: key)] = members.count - 1
        }
        return true
    }

    private func position(of key: String) -> Int? {
        if members.count >= Self.indexingThreshold {
            return positions[ExactKey(string: key)]
        }
        for index in members.indices where ExactKey.same(members[index].key, key) {
            return index
        }
        return nil
    }

    private mutating func reindex() {
        positions = [:]
        guard members.count >= Self.indexingThreshold else { return }
        positions.reserveCapacity(members.count)
        for (position, member) in members.enumerated() {
            positions[ExactKey(string: member.key)] = position
        }
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Repeating a key in a literal is a programming error and stops the program.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(literalMembers: elements)
    }
}
