/// An Atom feed (RFC 4287) written as text with every value escaped for XML: its id,
/// title, link and update time, and its entries, newest first.
struct AtomFeed {
    struct Entry {
        let id: String
        let title: String
        let link: String
        let updated: String
        let summary: String
    }

    let id: String
    let title: String
    let link: String
    let updated: String
    let entries: [Entry]

    var bytes: [UInt8] {
        var text = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n" + #"<feed xmlns="http://www.w3.org/2005/Atom">"#
        text += "<id>\(Self.escaped(id))</id><title>\(Self.escaped(title))</title>"
        text += #"<link rel="alternate" href="\#(Self.escaped(link))"/>"# + "<updated>\(Self.escaped(updated))</updated>"
        text += "<author><name>Glocal</name></author>"
        for entry in entries {
            text += "<entry><id>\(Self.escaped(entry.id))</id><title>\(Self.escaped(entry.title))</title>"
            text += #"<link rel="alternate" href="\#(Self.escaped(entry.link))"/>"#
            text += "<updated>\(Self.escaped(entry.updated))</updated><summary>\(Self.escaped(entry.summary))</summary></entry>"
        }
        return Array((text + "</feed>\n").utf8)
    }

    /// Text with the five characters XML gives meaning escaped, and the control
    /// characters XML 1.0 does not allow left out.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
