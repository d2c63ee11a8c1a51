/// The words after a command name, split into `--option value` pairs, `--flag`s and
/// positional arguments, checked against what the command declares.
struct Arguments {
    private var options: [String: [String]] = [:]
    private var flags: Set<String> = []
    private(set) var positionals: [String] = []
    let usage: String

    /// - Parameters:
    ///   - valued: option names (without `--`) that take a value;
    ///   - flags: option names that take none.
    init(_ words: [String], valued: Set<String>, flags allowedFlags: Set<String>, usage: String) throws {
        self.usage = usage
        var index = 0
        var onlyPositionals = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositionals || !word.hasPrefix("--") || word == "-" {
                positionals.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
            }
            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if allowedFlags.contains(name) {
                guard inlineValue == nil else { throw UsageError(message: "--\(name) takes no value", usage: usage) }
                flags.insert(name)
            } else if valued.contains(name) {
                if let inlineValue {
                    options[name, default: []].append(inlineValue)
                } else {
                    guard index < words.count else { throw UsageError(message: "--\(name) needs a value", usage: usage) }
                    options[name, default: []].append(words[index])
                    index += 1
                }
            } else {
                throw UsageError(message: "unknown option --\(name)", usage: usage)
            }
        }
    }

    func value(_ name: String) -> String? { options[name]?.last }
    func values(_ name: String) -> [String] { options[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    func require(_ name: String) throws -> String {
        guard let value = value(name) else { throw UsageError(message: "missing --\(name)", usage: usage) }
        return value
    }

    func expectPositionals(_ count: Int, _ names: String) throws {
        guard positionals.count == count else {
            throw UsageError(message: "expected \(names), got \(positionals.count) argument(s)", usage: usage)
        }
    }

    func integer(_ text: String, _ what: String, minimum: Int = 0) throws -> Int {
        guard let number = Int(text), number >= minimum else {
            throw UsageError(message: "\(what) must be a whole number ≥ \(minimum), got \"\(text)\"", usage: usage)
        }
        return number
    }
}
