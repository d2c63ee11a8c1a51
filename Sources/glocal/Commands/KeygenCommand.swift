import Ledger

/// `glocal keygen`: a member's own Ed25519 key, kept on the member's machine.
enum KeygenCommand: Command {
    static let name = "keygen"
    static let overview = "Generate an Ed25519 key pair for signing as a member."
    static let usage = "glocal keygen --out <file>"
    static let help = """
        OPTIONS:
          --out <file>            Where to write the private key (PKCS#8 PEM, mode 0600);
                                  the public key goes to <file>.pub.
          -h, --help              Show help information.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["out"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        let path = try arguments.require("out")
        let key = try Ed25519PrivateKey.generate()
        try KeyFile.writePrivateKey(key, to: path)
        try KeyFile.writePublicKey(key.publicKey, to: path + ".pub")
        output.print("private key  \(path) (mode 0600)")
        output.print("public key   \(path).pub")
        output.print("key id       \(key.keyID)")
        output.print("public hex   \(key.publicKey.hex)")
        return 0
    }
}
