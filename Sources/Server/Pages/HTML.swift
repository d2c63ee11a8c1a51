/// HTML as values. The only way a page is made: every text and every attribute value is
/// escaped when rendered, so data from the registry (a project titled `<script>`) can
/// never become markup. Markup that is not escaped can only come from a `StaticString`,
/// a constant written in this program.
public indirect enum HTML: Sendable {
    case element(String, attributes: [(String, String)], children: [HTML])
    case text(String)
    case group([HTML])
    case constant(StaticString)

    /// Elements that have no end tag.
    private static let void: Set<String> = ["meta", "link", "br", "input", "img", "hr", "circle", "rect", "line", "polyline", "path"]

    public static func tag(_ name: String, _ attributes: [(String, String)] = [], _ children: HTML...) -> HTML {
        .element(name, attributes: attributes, children: children)
    }

    public static func tag(_ name: String, _ attributes: [(String, String)] = [], children: [HTML]) -> HTML {
        .element(name, attributes: attributes, children: children)
    }

    public var rendered: String {
        var output = ""
        render(into: &output)
        return output
    }

    private func render(into output: inout String) {
        switch self {
        case let .element(name, attributes, children):
            output += "<" + name
            for (attribute, value) in attributes {
                output += " " + attribute + "=\"" + Self.escaped(value) + "\""
            }
            output += ">"
            guard !Self.void.contains(name) || !children.isEmpty else { return }
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
        case let .text(text):
            output += Self.escaped(text)
        case let .group(children):
            for child in children { child.render(into: &output) }
        case let .constant(text):
            output += text.description
        }
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
