/// A value the registry refuses, naming the field (as it is called in the API) and what is
/// wrong with it (`ValidationRule`), so a person can correct exactly that field and a page
/// can say it in its own language.
public struct RegistryValidationError: Refusal, Equatable {
    public let fieldName: String
    public let rule: ValidationRule

    public init(field: String, rule: ValidationRule) {
        self.fieldName = field
        self.rule = rule
    }

    public var field: String? { fieldName }
    public var code: String { rule.code }
    public var english: String { "\(fieldName): \(rule.english)" }
}
