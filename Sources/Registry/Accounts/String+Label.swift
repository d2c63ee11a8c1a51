extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// Why this text cannot be a short label shown to people (a display name, a token
    /// name), or nil when it can.
    func labelProblem(maximumCharacters: Int) -> String? {
        guard (1...maximumCharacters).contains(count) else { return "must be 1 to \(maximumCharacters) characters" }
        guard !unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            return "must not contain control characters"
        }
        return nil
    }
}
