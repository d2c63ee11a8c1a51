import Glibc
import Ledger
import Registry
import Server

/// `glocal-bench mail`: what the outbox costs the act that causes a mail — sign-ups, each
/// writing its confirmation mail in its own transaction, beside accounts created without
/// one in the same run — and how fast the sender delivers the outbox into the mail folder,
/// beside writing and syncing files of the same size with no database.
enum MailBenchmark {
    static let accounts = 1_000

    static func run(emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        let folder = try temporaryDirectory()
        defer { removeTree(folder) }
        let data = DataFolder(path: folder + "/node")
        _ = try await data.initialise(origin: "bench.glocal.example/mail", durability: .normal)
        var configuration = AccountsConfiguration.standard
        configuration.passwordHashing = try ScryptParameters(costExponent: 4, blockSize: 1, parallelism: 1)
        let node = try await data.openNode(durability: .normal, accounts: configuration)
        let version = PersonalDataConsent.current.version

        let plain = Stopwatch()
        for index in 0..<accounts {
            _ = try await node.accounts.createAccount(email: "plain\(index)@bench.example", password: "correct horse battery staple")
        }
        let plainRate = Double(accounts) / plain.seconds
        let mailed = Stopwatch()
        for index in 0..<accounts {
            _ = try await node.accounts.signUp(email: "person\(index)@bench.example", password: "correct horse battery staple",
                                               displayName: nil, consentVersion: version)
        }
        emit(BenchmarkFigure(name: "mail.sign_up_with_mail", value: Double(accounts) / mailed.seconds,
                             unit: "sign-ups/s, each writing its confirmation mail in its transaction",
                             baselineName: "mail.account_without_mail", baselineValue: plainRate))

        let sender = try MailSender(outbox: node.outbox, mailConfiguration: folder + "/none.conf", mailFolder: folder + "/mail",
                                    siteAddress: "https://bench.glocal.example")
        let delivery = Stopwatch()
        var delivered = 0
        while delivered < accounts {
            let count = try await sender.deliverDue()
            guard count > 0 else { throw BenchmarkError.cannotBuildFixture("the outbox emptied early") }
            delivered += count
        }
        let deliveryRate = Double(delivered) / delivery.seconds
        let raw = try rawFileRate(folder: folder + "/raw", count: accounts, bytes: 2_048)
        emit(BenchmarkFigure(name: "mail.delivered_to_folder", value: deliveryRate,
                             unit: "mails/s worded, written, synced and marked sent",
                             baselineName: "mail.raw_file_write_fsync", baselineValue: raw))
    }

    /// Files of `bytes` bytes written and synced one after another, per second.
    private static func rawFileRate(folder: String, count: Int, bytes: Int) throws -> Double {
        guard mkdir(folder, 0o700) == 0 else { throw BenchmarkError.cannotBuildFixture("a folder for raw writes") }
        let content = [UInt8](repeating: 65, count: bytes)
        let clock = Stopwatch()
        for index in 0..<count {
            let descriptor = open("\(folder)/\(index).eml", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw BenchmarkError.cannotBuildFixture("a raw file") }
            _ = content.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            fsync(descriptor)
            close(descriptor)
        }
        return Double(count) / clock.seconds
    }
}
