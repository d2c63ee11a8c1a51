import Testing
@testable import Registry

/// Email normalisation and the shapes refused.
struct EmailAddressTests {
    @Test(arguments: [
        ("ada@example.org", "ada@example.org"),
        ("  Ada.Lovelace+glocal@Example.ORG\t\n", "ada.lovelace+glocal@example.org"),
        ("o'brien@mail.xn--p1ai", "o'brien@mail.xn--p1ai"),
        ("a@b.co", "a@b.co"),
    ])
    func acceptedAddressesAreTrimmedAndLowercased(_ input: String, _ stored: String) throws {
        #expect(try EmailAddress(input).rawValue == stored)
    }

    @Test(arguments: [
        "", "   ", "ada", "ada@", "@example.org", "ada@@example.org", "ada@example", "ada@localhost",
        "ada lovelace@example.org", ".ada@example.org", "ada.@example.org", "a..da@example.org",
        "ada@-example.org", "ada@example..org", "ada@example.123", "ада@example.org", "ada@пример.рф",
        "\"ada\"@example.org", "ada@exa_mple.org",
        String(repeating: "a", count: 65) + "@example.org",
        "ada@" + String(repeating: "a", count: 64) + ".org",
        String(repeating: "a", count: 64) + "@" + String(repeating: "b", count: 63) + "." + String(repeating: "c", count: 63)
            + "." + String(repeating: "d", count: 63) + ".org",
    ])
    func malformedAddressesAreRefusedNamingTheField(_ input: String) {
        let error = #expect(throws: AccountsError.self) { try EmailAddress(input) }
        #expect(error?.field == "email")
        #expect(error?.description.hasPrefix("email: ") == true)
    }
}
