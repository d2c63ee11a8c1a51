/// HTML as values. The only way a page is made: every text and every attribute value is
/// escaped when rendered, so data from the registry (a project titled `<script>`) can
/// never become markup. Markup that is not escaped can only come from a `StaticString`,
/// a constant written in this program.
public indirect enum HTML: Sendable {
    case element(String, attributes: [(String, String)], children: [HTML])
    case text(String)
    case group([HTML])
    case constant(StaticString)

    /// Whether `name` is an element that has no end tag.
    private static func isVoid(_ name: String) -> Bool {
        switch name {
        case "meta", "link", "br", "input", "img", "hr": true
        default: false
        }
    }

    /// Whether `name` is an SVG shape: inside `<svg>` the HTML parser reads foreign content,
    /// where an element without children must close itself (`<rect … />`), or what follows
    /// lands inside it.
    private static func closesItselfWhenEmpty(_ name: String) -> Bool {
        switch name {
        case "circle", "rect", "line", "polyline", "path": true
        default: false
        }
    }

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
            if children.isEmpty && Self.closesItselfWhenEmpty(name) {
                output.append(contentsOf: " />".utf8)
                return
            }
            output.append(UInt8(ascii: ">"))
            guard !children.isEmpty || !Self.isVoid(name) else { return }
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

    /// Appends `text` with the five characters that could end a text or an attribute value
    /// replaced by references; the runs between them are copied whole.
    private static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let reference: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): reference = "&amp;"
                case UInt8(ascii: "<"): reference = "&lt;"
                case UInt8(ascii: ">"): reference = "&gt;"
                case UInt8(ascii: "\""): reference = "&quot;"
                case UInt8(ascii: "'"): reference = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                reference.withUTF8Buffer { output.append(contentsOf: $0) }
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
