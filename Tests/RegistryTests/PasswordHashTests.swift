import Ledger
import Testing
@testable import Registry

/// The stored password string: self-describing, salted, checked with its own parameters.
struct PasswordHashTests {
    private let parameters = AccountsConfiguration.cheapScrypt

    @Test func theEncodedFormNamesItsParametersAndRoundTrips() throws {
        let hash = try PasswordHash.derive(password: Array("correct horse battery staple".utf8), parameters: parameters)
        #expect(hash.salt.count == 16 && hash.hash.count == 32)
        let fields = hash.encoded.split(separator: "$", omittingEmptySubsequences: false)
        #expect(fields.count == 5 && fields[1] == "scrypt" && fields[2] == "ln=10,r=8,p=1")
        #expect(fields[3].count == 22 && fields[4].count == 43, "unpadded base64 of 16 and 32 bytes")
        #expect(PasswordHash(encoded: hash.encoded) == hash)
    }

    @Test func verificationUsesTheStoredParameters() throws {
        let password = Array("correct horse battery staple".utf8)
        let stronger = try ScryptParameters(costExponent: 11, blockSize: 4, parallelism: 2)
        let hash = try PasswordHash.derive(password: password, parameters: stronger)
        let read = try #require(PasswordHash(encoded: hash.encoded))
        #expect(read.parameters == stronger)
        #expect(try read.matches(password))
        #expect(try !read.matches(Array("correct horse battery stapler".utf8)))
    }

    @Test func theSamePasswordHashesDifferently() throws {
        let password = Array("correct horse battery staple".utf8)
        let first = try PasswordHash.derive(password: password, parameters: parameters)
        let second = try PasswordHash.derive(password: password, parameters: parameters)
        #expect(first.salt != second.salt && first.hash != second.hash)
    }

    @Test(arguments: [
        "",
        "$scrypt$ln=10,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA$",
        "$argon2id$ln=10,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$scrypt$ln=10,r=8$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$scrypt$ln=10,r=8,p=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$scrypt$ln=24,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$scrypt$ln=10,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$scrypt$ln=10,r=8,p=1$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$scrypt$ln=10,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAA",
        "$scrypt$ln=10,r=8,p=1$AAAAAAAAAAAAAAAAAAAAA!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ])
    func malformedOrTooCostlyStringsAreRefused(_ text: String) {
        #expect(PasswordHash(encoded: text) == nil)
    }
}
