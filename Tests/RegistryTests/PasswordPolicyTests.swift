import Testing
@testable import Registry

struct PasswordPolicyTests {
    @Test func lengthIsCountedInCharactersAndCappedInBytes() throws {
        try PasswordPolicy.check("двенадцать!!")
        #expect(throws: AccountsError.passwordTooShort(minimumCharacters: 12)) { try PasswordPolicy.check("одиннадцать") }
        try PasswordPolicy.check(String(repeating: "a", count: 1024))
        #expect(throws: AccountsError.passwordTooLong(maximumBytes: 1024)) { try PasswordPolicy.check(String(repeating: "a", count: 1025)) }
    }

    @Test func generatedPasswordsAreLongRandomAndAccepted() throws {
        let passwords = try (0..<50).map { _ in try PasswordPolicy.generate() }
        #expect(Set(passwords).count == 50)
        for password in passwords {
            #expect(password.count == 24)
            #expect(password.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
            try PasswordPolicy.check(password)
        }
    }
}
