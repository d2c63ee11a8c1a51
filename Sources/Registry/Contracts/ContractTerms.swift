import Ledger

/// What a contract says, in machine form: its kind and parameters, its parties, how it
/// ends, and the SHA-256 of the Russian legal text it stands for. The hash inside the terms
/// binds the two: whoever signs the terms signs that exact text.
public struct ContractTerms: Sendable, Equatable {
    public let textSHA256: SHA256Digest
    public let parties: [ContractParty]
    public let termination: TerminationRule
    public let parameters: ContractParameters

    public init(textSHA256: SHA256Digest, parties: [ContractParty], termination: TerminationRule,
                parameters: ContractParameters) {
        self.textSHA256 = textSHA256
        self.parties = parties
        self.termination = termination
        self.parameters = parameters
    }

    public var kind: ContractKind { parameters.kind }

    public func isParty(_ id: PartyID) -> Bool {
        parties.contains { $0.id == id }
    }

    /// Refuses a legal text other than the one the terms were written for.
    public func checkText(_ text: String) throws(ContractError) {
        let digest = SHA256.hash(Array(text.utf8))
        guard digest == textSHA256 else {
            throw .textDoesNotMatchTerms(termsSHA256: textSHA256.hex, textSHA256: digest.hex)
        }
    }
}
