/// A value named by one code from a fixed list — a stage `idea`, a team role `lead`, a
/// status `admitted` — as the API, the CSV registers and the rows write it.
///
/// Encoded as its code and decoded only from one of the list, so whatever reads one (a
/// JSON body, a query parameter, a form field) refuses any other word alike, listing the
/// codes it accepts.
public protocol RegistryCode: RawRepresentable<String>, CaseIterable, Codable {}

extension RegistryCode {
    /// Reads the code; any other text is a `DecodingError` at the decoder's coding path
    /// that lists the codes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(rawValue: text) else {
            let codes = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not one of \(codes).")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
