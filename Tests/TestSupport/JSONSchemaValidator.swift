import Foundation
import Ledger

/// Just enough of JSON Schema (draft-07 and the 2020-12 subset OpenAPI 3.1 documents use) to
/// check exports and answers against their published schemas offline: `type`, `required`,
/// `properties`, `additionalProperties`, `enum`, `const`, `pattern`, `items`, `minItems`,
/// `maxItems`, `uniqueItems`, `minLength`, `maxLength`, `minimum`, `maximum`, `allOf`, `anyOf`,
/// `oneOf`, `not` and `$ref`. Every `$ref` must be an absolute URL equal to some loaded schema's
/// `$id`; `format` and annotations are ignored. A keyword it does not know fails validation, so
/// a schema can never pass by being half read.
public struct JSONSchemaValidator {
    private static let annotations: Set<String> = ["$schema", "$id", "$comment", "title", "description", "default",
                                                   "deprecated", "examples", "format"]
    private var schemas: [String: JSONValue] = [:]

    public init(schemas: [JSONValue]) {
        for schema in schemas {
            guard let id = schema["$id"]?.stringValue else { continue }
            self.schemas[id] = schema
        }
    }

    public var schemaIDs: [String] { schemas.keys.sorted() }

    /// Problems found validating `value` against the schema whose `$id` is `id`; empty when valid.
    public func problems(_ value: JSONValue, against id: String) -> [String] {
        guard let schema = schemas[id] else { return ["no schema \(id)"] }
        var problems: [String] = []
        check(value, schema, at: "$", into: &problems)
        return problems
    }

    private func check(_ value: JSONValue, _ schema: JSONValue, at path: String, into problems: inout [String]) {
        guard let schema = schema.objectValue else {
            if schema == false { problems.append("\(path): nothing is allowed here") }
            return
        }
        if let reference = schema["$ref"]?.stringValue {
            guard let target = schemas[reference] else { return problems.append("\(path): unresolved $ref \(reference)") }
            return check(value, target, at: path, into: &problems)
        }
        for (keyword, argument) in schema where !Self.annotations.contains(keyword) {
            checkKeyword(keyword, argument, value, schema, at: path, into: &problems)
        }
    }

    private func checkKeyword(_ keyword: String, _ argument: JSONValue, _ value: JSONValue, _ schema: JSONObject,
                              at path: String, into problems: inout [String]) {
        switch keyword {
        case "type":
            let types = argument.arrayValue?.compactMap(\.stringValue) ?? [argument.stringValue ?? ""]
            if !types.contains(where: { Self.has(value, type: $0) }) { problems.append("\(path): not of type \(types)") }
        case "required":
            for key in argument.arrayValue?.compactMap(\.stringValue) ?? [] where value.objectValue != nil && value[key] == nil {
                problems.append("\(path): missing \(key)")
            }
        case "properties":
            for (key, subschema) in argument.objectValue ?? [:] {
                if let member = value[key] { check(member, subschema, at: "\(path).\(key)", into: &problems) }
            }
        case "additionalProperties":
            guard let object = value.objectValue else { return }
            let declared = Set(schema["properties"]?.objectValue?.keys ?? [])
            for (key, member) in object where !declared.contains(key) {
                check(member, argument, at: "\(path).\(key)", into: &problems)
            }
        case "enum":
            if !(argument.arrayValue ?? []).contains(value) { problems.append("\(path): \(value) not in the enum") }
        case "const":
            if argument != value { problems.append("\(path): \(value) is not \(argument)") }
        case "pattern":
            guard let text = value.stringValue, let pattern = argument.stringValue else { return }
            if !matches(text, pattern) { problems.append("\(path): \"\(text)\" does not match \(pattern)") }
        case "items":
            for (index, element) in (value.arrayValue ?? []).enumerated() {
                check(element, argument, at: "\(path)[\(index)]", into: &problems)
            }
        case "minItems", "maxItems", "uniqueItems":
            guard let elements = value.arrayValue else { return }
            if keyword == "minItems", elements.count < Int(argument.integerValue ?? 0) { problems.append("\(path): too few items") }
            if keyword == "maxItems", elements.count > Int(argument.integerValue ?? 0) { problems.append("\(path): too many items") }
            if keyword == "uniqueItems", argument == true, elements.indices.contains(where: { index in
                elements[..<index].contains(elements[index])
            }) { problems.append("\(path): items repeat") }
        case "minLength", "maxLength":
            guard let count = value.stringValue?.unicodeScalars.count, let bound = argument.integerValue else { return }
            if keyword == "minLength" ? count < bound : count > bound { problems.append("\(path): wrong length") }
        case "minimum", "maximum":
            if let number = value.integerValue, let bound = argument.integerValue,
               keyword == "minimum" ? number < bound : number > bound {
                problems.append("\(path): beyond \(keyword) \(bound)")
            }
        case "allOf":
            for subschema in argument.arrayValue ?? [] { check(value, subschema, at: path, into: &problems) }
        case "anyOf", "oneOf":
            let passing = (argument.arrayValue ?? []).filter { self.passes(value, $0, at: path) }.count
            if keyword == "anyOf" ? passing == 0 : passing != 1 {
                problems.append("\(path): \(passing) of the \(keyword) branches match")
            }
        case "not":
            if passes(value, argument, at: path) { problems.append("\(path): matches a schema it must not") }
        default:
            problems.append("\(path): unsupported keyword \(keyword)")
        }
    }

    private func passes(_ value: JSONValue, _ schema: JSONValue, at path: String) -> Bool {
        var problems: [String] = []
        check(value, schema, at: path, into: &problems)
        return problems.isEmpty
    }

    private func matches(_ text: String, _ pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("integer", .integer), ("number", .integer), ("number", .double):
            true
        case let ("integer", .double(number)):
            number.rounded() == number
        default:
            false
        }
    }
}
