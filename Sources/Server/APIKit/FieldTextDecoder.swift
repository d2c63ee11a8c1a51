/// Reads a value written as the text of one named field — a form field, a query
/// parameter, a path segment — through the value's own `Decodable` conformance, the one
/// that reads it from a JSON body. So every way into the node accepts the same text for an
/// id, a code, a date or a number and refuses the rest with the same words: a refusal is
/// the validation problem a JSON body gets for that value (`JSONBodyDecoder.fieldError`),
/// pointing at `/<field>`.
enum FieldTextDecoder {
    static func decode<Value: Decodable>(_ type: Value.Type, from text: String, field: String) throws -> Value {
        do {
            return try Value(from: FieldText(text: text, codingPath: [FieldName(stringValue: field)]))
        } catch let error as DecodingError {
            throw APIError.validation([JSONBodyDecoder.fieldError(error)])
        }
    }

    /// A field's name as the coding path of what is read from it.
    private struct FieldName: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }

        init(stringValue: String) {
            self.stringValue = stringValue
        }

        init?(intValue: Int) {
            nil
        }
    }

    /// One field's text as a decoder of a single value: text itself, or a number, or
    /// true or false spelt out; never an object or a list. Empty text is no value, so an
    /// optional value left blank is nil.
    private struct FieldText: Decoder, SingleValueDecodingContainer {
        let text: String
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            throw DecodingError.typeMismatch([String: Any].self,
                                             .init(codingPath: codingPath, debugDescription: "A field holds text, not an object."))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch([Any].self,
                                             .init(codingPath: codingPath, debugDescription: "A field holds text, not a list."))
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

        func decodeNil() -> Bool { text.isEmpty }
        func decode(_ type: String.Type) throws -> String { text }
        func decode(_ type: Bool.Type) throws -> Bool { try spelt(type) }
        func decode(_ type: Double.Type) throws -> Double { try spelt(type) }
        func decode(_ type: Float.Type) throws -> Float { try spelt(type) }
        func decode(_ type: Int.Type) throws -> Int { try spelt(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try spelt(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try spelt(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try spelt(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try spelt(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try spelt(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try spelt(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try spelt(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try spelt(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try spelt(type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: self) }

        /// The value the text spells, as Swift spells it (`42`, `true`).
        private func spelt<T: LosslessStringConvertible>(_ type: T.Type) throws -> T {
            guard let value = T(text) else {
                throw DecodingError.typeMismatch(T.self, .init(codingPath: codingPath, debugDescription: "Cannot read '\(text)' as \(T.self)."))
            }
            return value
        }
    }
}
