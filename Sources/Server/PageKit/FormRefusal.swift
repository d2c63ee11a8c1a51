import Registry

/// A form's refusal as the reader meets it on the page that comes back: said in the page's
/// language beside the field it concerns (named by its label), with everything the reader
/// typed kept in the form, the field marked invalid and focused, and a form folded in a
/// `<details>` opened. It works on the rendered page, so every form gets it alike.
struct FormRefusal {
    /// The form that was sent, by its `action`.
    let action: String
    /// The field at fault, as the form names it, if the refusal names one.
    let field: String?
    /// What is wrong, in the page's language, without the field's name.
    let message: String
    /// What the reader typed, by field name.
    let typed: [String: String]

    /// The refusal `error` of the form posted to `action` with `typed`.
    init(_ error: any Error, problem: ProblemDetails, action: String, typed: [String: String], language: Language) {
        self.action = action
        self.typed = typed
        let pointed = problem.errors?.first.flatMap { $0.pointer.count > 1 ? $0 : nil }
        field = (error as? any Refusal)?.field ?? pointed.map { String($0.pointer.dropFirst().split(separator: "/").first ?? "") }
        message = (error as? any PageWorded)?.words(CodeNames(language: language)) ?? pointed?.detail ?? problem.detail
    }

    /// `page` with this refusal beside its field and the typed values back in its form.
    func applied(to page: HTML) -> HTML {
        apply(page).html
    }

    private func apply(_ node: HTML) -> (html: HTML, holdsForm: Bool) {
        switch node {
        case let .element(name, attributes, children):
            if name == "form", attributes.contains(where: { $0 == ("action", action) }), sentThis(children) {
                let labels = Self.labels(in: children)
                let at = fieldName(among: Self.fieldNames(in: children))
                return (.element(name, attributes: attributes, children: children.map { refill($0, at: at, labels: labels) }), true)
            }
            let applied = children.map(apply)
            let holdsForm = applied.contains { $0.holdsForm }
            var attributes = attributes
            if name == "details" && holdsForm && !attributes.contains(where: { $0.0 == "open" }) { attributes.append(("open", "open")) }
            return (.element(name, attributes: attributes, children: applied.map(\.html)), holdsForm)
        case let .group(children):
            let applied = children.map(apply)
            return (.group(applied.map(\.html)), applied.contains { $0.holdsForm })
        case .text, .constant:
            return (node, false)
        }
    }

    /// Whether a form with the sent action is the one sent: several forms may post to one
    /// action (a pledge form per project), told apart by their hidden fields.
    private func sentThis(_ children: [HTML]) -> Bool {
        Self.elements(in: children).allSatisfy { element in
            guard element.name == "input", Self.attribute("type", of: element.attributes) == "hidden",
                  let name = Self.attribute("name", of: element.attributes), name != CSRFMiddleware.formField,
                  let sent = typed[name] else { return true }
            return Self.attribute("value", of: element.attributes) == sent
        }
    }

    /// The form's field the refusal names: as the API names it, or its form's own name for
    /// it (`amount` for `amount_kopecks`).
    private func fieldName(among names: Set<String>) -> String? {
        guard let field else { return nil }
        return [field, field.replacingOccurrences(of: "_kopecks", with: ""), field.replacingOccurrences(of: "_id", with: "")]
            .first(where: names.contains)
    }

    private func refill(_ node: HTML, at field: String?, labels: [String: String]) -> HTML {
        guard case let .element(name, given, content) = node else {
            if case let .group(nodes) = node { return .group(nodes.map { refill($0, at: field, labels: labels) }) }
            return node
        }
        let fieldName = Self.attribute("name", of: given)
        let type = Self.attribute("type", of: given) ?? "text"
        guard let fieldName, ["input", "textarea", "select"].contains(name),
              !["hidden", "password", "submit", "file"].contains(type) else {
            return .element(name, attributes: given, children: content.map { refill($0, at: field, labels: labels) })
        }
        var attributes = given
        var children = content
        if let value = typed[fieldName] {
            switch name {
            case "input":
                attributes.removeAll { $0.0 == "value" }
                attributes.append(("value", value))
            case "textarea":
                children = [.text(value)]
            default:
                children = children.map { option in
                    guard case let .element("option", optionAttributes, optionChildren) = option else { return option }
                    var kept = optionAttributes.filter { $0.0 != "selected" }
                    if optionAttributes.contains(where: { $0 == ("value", value) }) { kept.append(("selected", "selected")) }
                    return .element("option", attributes: kept, children: optionChildren)
                }
            }
        }
        let element = HTML.element(name, attributes: attributes, children: children)
        guard fieldName == field else { return element }
        let id = Self.attribute("id", of: attributes) ?? fieldName
        let said = labels[id].map { "\($0): \(message)" } ?? message
        var marked = attributes.filter { $0.0 != "aria-describedby" && $0.0 != "aria-invalid" }
        marked += [("aria-invalid", "true"), ("aria-describedby", "\(id)-refusal"), ("autofocus", "autofocus")]
        return .group([
            .element(name, attributes: marked, children: children),
            .tag("p", [("id", "\(id)-refusal"), ("class", "error field-error")], .text(said)),
        ])
    }

    /// Each label's words by the id of the field it is for.
    private static func labels(in nodes: [HTML]) -> [String: String] {
        var found: [String: String] = [:]
        for element in elements(in: nodes) where element.name == "label" {
            if let target = attribute("for", of: element.attributes) { found[target] = text(of: element.children) }
        }
        return found
    }

    private static func fieldNames(in nodes: [HTML]) -> Set<String> {
        Set(elements(in: nodes).filter { ["input", "textarea", "select"].contains($0.name) }
            .compactMap { attribute("name", of: $0.attributes) })
    }

    /// Every element among `nodes` and below them, in document order.
    private static func elements(in nodes: [HTML]) -> [(name: String, attributes: [(String, String)], children: [HTML])] {
        nodes.flatMap { node -> [(name: String, attributes: [(String, String)], children: [HTML])] in
            switch node {
            case let .element(name, attributes, children): [(name, attributes, children)] + elements(in: children)
            case let .group(children): elements(in: children)
            case .text, .constant: []
            }
        }
    }

    private static func attribute(_ name: String, of attributes: [(String, String)]) -> String? {
        attributes.first { $0.0 == name }?.1
    }

    private static func text(of nodes: [HTML]) -> String {
        nodes.map { (node: HTML) -> String in
            switch node {
            case let .text(words): words
            case let .element(_, _, children), let .group(children): text(of: children)
            case .constant: ""
            }
        }.joined()
    }
}
