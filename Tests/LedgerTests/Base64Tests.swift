import Foundation
import Testing
import Ledger

/// Standard base64 with padding, and the strictness of its decoder.
struct Base64Tests {
    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ])
    func rfc4648Vectors(_ plain: String, _ encoded: String) {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test func agreesWithFoundationOnRandomInput() {
        for length in 0..<100 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255) }
            let encoded = Base64.encode(bytes)
            #expect(encoded == Data(bytes).base64EncodedString())
            #expect(Base64.decode(encoded) == bytes)
        }
    }

    @Test(arguments: [
        "Zg=",        // length not a multiple of four
        "Zg",         // padding omitted
        "Zh==",       // non-zero bits after the last full byte
        "Zm9=",       // same, with one padding character
        "Zg==Zg==",   // padding before the end
        "Z===",       // too much padding
        "====",
        "Zm=v",       // padding in the middle of a group
        "Zm9-",       // URL-safe alphabet
        "Zm9_",
        "Zm 9v",
        "Zm9v\n",
        "Zm9vé==",    // a non-ASCII character in a group
    ])
    func malformedInputIsRefused(_ text: String) {
        #expect(Base64.decode(text) == nil)
    }
}
