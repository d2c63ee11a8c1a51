import Registry

/// A fragment of a text around the words a search found in it, those words marked
/// (`<mark>`) as the search matched them — a word beginning with the query word's stem —
/// so a reader sees why an item was found. Built through the escaping renderer.
enum Highlight {
    /// About `length` words of `text` from a little before its first match (the start
    /// when nothing matches), with "…" where it was cut.
    static func fragment(_ text: String, query: SearchQuery?, length: Int = 28) -> HTML {
        let prefixes = query?.prefixes ?? []
        var pieces: [(text: String, isWord: Bool)] = []
        var current = ""
        var inWord = false
        for character in text {
            let isWord = SearchQuery.isWordCharacter(character)
            if isWord != inWord && !current.isEmpty {
                pieces.append((current, inWord))
                current = ""
            }
            current.append(character)
            inWord = isWord
        }
        if !current.isEmpty { pieces.append((current, inWord)) }
        func matches(_ piece: (text: String, isWord: Bool)) -> Bool {
            piece.isWord && prefixes.contains { SearchQuery.fold(piece.text).hasPrefix($0) }
        }
        let wordIndexes = pieces.indices.filter { pieces[$0].isWord }
        let firstMatch = wordIndexes.firstIndex { matches(pieces[$0]) } ?? 0
        let startWord = max(0, firstMatch - 6)
        let endWord = min(wordIndexes.count, startWord + length)
        guard startWord < endWord else { return .text(text) }
        let start = startWord == 0 ? 0 : wordIndexes[startWord]
        let end = endWord == wordIndexes.count ? pieces.count : wordIndexes[endWord]
        var html: [HTML] = startWord > 0 ? [.text("… ")] : []
        for piece in pieces[start..<end] {
            html.append(matches(piece) ? .tag("mark", [], .text(piece.text)) : .text(piece.text))
        }
        if end < pieces.count { html.append(.text(" …")) }
        return .group(html)
    }
}
