/// The path of one resource of a tiled log (C2SP tlog-tiles), below the log's prefix:
/// a tile of Merkle tree hashes, `tile/<L>/<N>[.p/<W>]`, or an entry bundle,
/// `tile/entries/<N>[.p/<W>]`. `N` is written in three-digit groups, all but the last
/// prefixed with `x` (1234067 is `x001/x234/067`); `W`, the width of a partial tile, is
/// 1…255, and a full tile is 256 wide.
public struct TilePath: Hashable, Sendable, CustomStringConvertible {
    /// What a tile holds: tree hashes of one level, or the entries themselves.
    public enum Kind: Hashable, Sendable {
        case hashes(level: Int)
        case entries
    }

    public static let fullWidth = 256

    public let kind: Kind
    public let index: Int
    public let width: Int

    public init(kind: Kind, index: Int, width: Int = TilePath.fullWidth) {
        self.kind = kind
        self.index = index
        self.width = width
    }

    /// Reads a path such as `tile/0/x001/x234/067.p/5`; nil for anything the spec does
    /// not allow (leading zeroes, a width of 0 or 256 written as partial, a bad group).
    public init?(_ text: Substring) {
        var parts = text.split(separator: "/", omittingEmptySubsequences: false)[...]
        guard parts.popFirst() == "tile", let levelText = parts.popFirst() else { return nil }
        if levelText == "entries" {
            kind = .entries
        } else {
            guard let level = Self.decimal(levelText), level <= 63 else { return nil }
            kind = .hashes(level: level)
        }
        var width = Self.fullWidth
        if parts.count >= 2, parts[parts.endIndex - 2].hasSuffix(".p") {
            guard let partial = Self.decimal(parts[parts.endIndex - 1]), (1..<Self.fullWidth).contains(partial) else { return nil }
            width = partial
            parts.removeLast()
            parts[parts.endIndex - 1] = parts[parts.endIndex - 1].dropLast(2)
        }
        guard !parts.isEmpty, parts.count <= 7 else { return nil }
        var index = 0
        for (position, group) in parts.enumerated() {
            let last = position == parts.count - 1
            let digits = last ? group : (group.first == "x" ? group.dropFirst() : "")
            guard digits.count == 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else { return nil }
            index = index * 1000 + value
        }
        self.index = index
        self.width = width
    }

    /// The path as the spec writes it, without a leading slash.
    public var description: String {
        var groups: [String] = []
        var rest = index
        repeat {
            let group = String(rest % 1000)
            groups.insert(String(repeating: "0", count: 3 - group.count) + group, at: 0)
            rest /= 1000
        } while rest > 0
        let encoded = groups.enumerated().map { $0.offset == groups.count - 1 ? $0.element : "x" + $0.element }.joined(separator: "/")
        let level = switch kind {
        case let .hashes(level): String(level)
        case .entries: "entries"
        }
        return "tile/\(level)/\(encoded)" + (width == Self.fullWidth ? "" : ".p/\(width)")
    }

    /// Every tile and entry bundle a tree of `size` entries is made of: the full tiles of
    /// each level and, where the level does not end on a tile's edge, its partial tile.
    public static func all(forTreeSize size: Int) -> [TilePath] {
        var paths: [TilePath] = []
        var level = 0
        var span = size
        while span > 0 {
            let kinds: [Kind] = level == 0 ? [.hashes(level: 0), .entries] : [.hashes(level: level)]
            for kind in kinds {
                paths += (0..<(span / fullWidth)).map { TilePath(kind: kind, index: $0) }
                if span % fullWidth > 0 { paths.append(TilePath(kind: kind, index: span / fullWidth, width: span % fullWidth)) }
            }
            span /= fullWidth
            level += 1
        }
        return paths
    }

    /// A decimal with no leading zero (but `0` itself).
    private static func decimal(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), text == "0" || text.first != "0" else {
            return nil
        }
        return Int(text)
    }
}
