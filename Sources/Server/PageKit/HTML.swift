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
    private static let void: Set<String> = ["meta", "link", "br", "input", "img", "hr"]
    /// SVG shapes: inside `<svg>` the HTML parser reads foreign content, where an element
    /// without children must close itself (`<rect … />`), or what follows lands inside it.
    private static let selfClosingWhenEmpty: Set<String> = ["circle", "rect", "line", "polyline", "path"]

    public static func tag(_ name: String, _ attributes: [(String, String)] = [], _ children: HTML...) -> HTML {
        .element(name, attributes: attributes, children: children)
    }

    public static func tag(_ name: String, _ attributes: [(String, String)] = [], children: [HTML]) -> HTML {
        .element(name, attributes: attributes, children: children)
    }

    public var rendered: String {
        String(decoding: renderedBytes, as: UTF8.self)
    }

    /// The page as UTF-8, as it is sent. Rendering appends bytes: every character that
    /// escaping changes is ASCII, so escaping UTF-8 byte by byte is exact, and a page of
    /// thousands of texts costs no intermediate strings.
    public var renderedBytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(16 * 1_024)
        render(into: &output)
        return output
    }

    private func render(into output: inout [UInt8]) {
        switch self {
        case let .element(name, attributes, children):
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: name.utf8)
            for (attribute, value) in attributes {
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: attribute.utf8)
                output.append(contentsOf: "=\"".utf8)
                Self.appendEscaped(value, to: &output)
                output.append(UInt8(ascii: "\""))
            }
            if children.isEmpty && Self.selfClosingWhenEmpty.contains(name) {
                output.append(contentsOf: " />".utf8)
                return
            }
            output.append(UInt8(ascii: ">"))
            guard !children.isEmpty || !Self.void.contains(name) else { return }
            for child in children { child.render(into: &output) }
            output.append(contentsOf: "</".utf8)
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ">"))
        case let .text(text):
            Self.appendEscaped(text, to: &output)
        case let .group(children):
            for child in children { child.render(into: &output) }
        case let .constant(text):
            text.withUTF8Buffer { output.append(contentsOf: $0) }
        }
    }

    private static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
    }
}
