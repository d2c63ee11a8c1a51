import Ledger
import Testing
@testable import Registry

/// Login throttling per account and per client address, against a manual clock.
@Suite struct LoginThrottleTests {
    private let password = "correct horse battery staple"

    private func attempt(_ accounts: Accounts, _ email: String, _ password: String, from address: String) async -> LoginError? {
        do {
            _ = try await accounts.login(email: email, password: password, address: address)
            return nil
        } catch {
            return error as? LoginError
        }
    }

    @Test func fiveFailuresFromOneAddressStopThatEmailThereUntilTheWindowPasses() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        for index in 0..<5 {
            #expect(await attempt(test.accounts, "ada@example.org", "wrong password \(index)", from: "192.0.2.1") == .invalidCredentials)
            test.clock.advance(.seconds(60))
        }
        let derivations = await test.accounts.hasher.derivations
        let refused = await attempt(test.accounts, "ADA@example.org", password, from: "192.0.2.1")
        #expect(refused == .throttled(retryAfter: .seconds(10 * 60)))
        #expect(refused?.retryAfterSeconds == 600)
        #expect(await test.accounts.hasher.derivations == derivations, "a throttled attempt must not run scrypt")
        test.clock.advance(.seconds(10 * 60 - 1))
        #expect(await attempt(test.accounts, "ada@example.org", password, from: "192.0.2.1") == .throttled(retryAfter: .seconds(1)))
        test.clock.advance(.seconds(1))
        #expect(await attempt(test.accounts, "ada@example.org", password, from: "192.0.2.1") == nil)
    }

    @Test func aStrangersFailuresSlowButNeverRefuseTheRightPasswordFromElsewhere() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.accounts.createAccount(email: "admin@example.org", password: password)
        for index in 0..<6 {
            #expect(await attempt(test.accounts, "admin@example.org", "guess \(index)", from: "198.51.100.7") != nil)
        }
        #expect(await attempt(test.accounts, "admin@example.org", password, from: "198.51.100.7") != nil, "the stranger's address is stopped")
        let started = ContinuousClock.now
        #expect(await attempt(test.accounts, "admin@example.org", password, from: "192.0.2.50") == nil, "the person, elsewhere, gets in")
        #expect(ContinuousClock.now - started >= .milliseconds(250), "after a wait that grows with the failures")
    }

    @Test func pastItsLimitAnEmailsAttemptsWaitLongerAndInTurn() async throws {
        let throttle = LoginThrottle(accountLimit: 5, addressLimit: 1000, window: .seconds(900))
        let now = LedgerTime(millisecondsSinceEpoch: 1_000_000)
        for index in 0..<5 {
            #expect(try await throttle.begin(email: "a@example.org", address: "192.0.2.\(index)", now: now) == .zero)
            await throttle.failed(email: "a@example.org", address: "192.0.2.\(index)", now: now)
        }
        #expect(try await throttle.begin(email: "a@example.org", address: "192.0.2.10", now: now) == .milliseconds(250))
        #expect(try await throttle.begin(email: "a@example.org", address: "192.0.2.11", now: now) == .milliseconds(500),
                "a second attempt at once waits for the first one's turn")
        await throttle.failed(email: "a@example.org", address: "192.0.2.10", now: now)
        #expect(try await throttle.begin(email: "a@example.org", address: "192.0.2.12", now: now) == .milliseconds(1_000))
        for index in 0..<20 { await throttle.failed(email: "a@example.org", address: "192.0.2.\(20 + index)", now: now) }
        await #expect(throws: LoginError.self, "a queue over a minute long refuses") {
            for index in 0..<20 { _ = try await throttle.begin(email: "a@example.org", address: "192.0.2.\(40 + index)", now: now) }
        }
        await throttle.succeeded(email: "a@example.org", address: "192.0.2.99")
        #expect(try await throttle.begin(email: "a@example.org", address: "192.0.2.99", now: now) == .zero)
    }

    @Test func aSuccessfulLoginClearsTheAccountsFailures() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        for round in 0..<3 {
            for _ in 0..<4 {
                #expect(await attempt(test.accounts, "ada@example.org", "wrong password", from: "192.0.2.\(round)") == .invalidCredentials)
            }
            #expect(await attempt(test.accounts, "ada@example.org", password, from: "192.0.2.\(round)") == nil)
        }
    }

    @Test func unknownEmailsAreThrottledLikeKnownOnes() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        for _ in 0..<5 {
            #expect(await attempt(test.accounts, "nobody@example.org", password, from: "192.0.2.9") == .invalidCredentials)
        }
        #expect(await attempt(test.accounts, "nobody@example.org", password, from: "192.0.2.9") == .throttled(retryAfter: .seconds(15 * 60)))
    }

    @Test func oneAddressIsLimitedAcrossAccounts() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        for index in 0..<20 {
            #expect(await attempt(test.accounts, "user\(index)@example.org", password, from: "203.0.113.5") == .invalidCredentials)
        }
        #expect(await attempt(test.accounts, "ada@example.org", password, from: "203.0.113.5") == .throttled(retryAfter: .seconds(15 * 60)))
        #expect(await attempt(test.accounts, "ada@example.org", password, from: "203.0.113.6") == nil)
        test.clock.advance(.seconds(15 * 60))
        #expect(await attempt(test.accounts, "ada@example.org", password, from: "203.0.113.5") == nil)
    }

    @Test func ipv6AddressesCountByTheirSlash64() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        for index in 0..<20 {
            let address = "2001:db8:1:2:\(String(index, radix: 16)):0:0:1"
            #expect(await attempt(test.accounts, "user\(index)@example.org", password, from: address) == .invalidCredentials)
        }
        #expect(await attempt(test.accounts, "x@example.org", password, from: "2001:db8:1:2::ffff") == .throttled(retryAfter: .seconds(15 * 60)))
        #expect(await attempt(test.accounts, "x@example.org", password, from: "2001:db8:1:3::1") == .invalidCredentials)
        #expect(ClientAddress.throttleKey("::ffff:192.0.2.1") == "192.0.2.1")
        #expect(ClientAddress.throttleKey("192.0.2.1") == "192.0.2.1")
    }

    @Test func aHallOfPeopleBehindOneAddressSigningInAtOnceIsNeverRefused() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        _ = try await test.accounts.createAccount(email: "ada@example.org", password: password)
        for index in 0..<30 { _ = try await test.accounts.createAccount(email: "guest\(index)@example.org", password: password) }
        let same = await withTaskGroup(of: LoginError?.self) { group in
            for _ in 0..<12 { group.addTask { await attempt(test.accounts, "ada@example.org", password, from: "203.0.113.9") } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(same.allSatisfy { $0 == nil }, "twelve correct sign-ins to one account at once: \(same)")
        let hall = await withTaskGroup(of: LoginError?.self) { group in
            for index in 0..<30 {
                group.addTask { await attempt(test.accounts, "guest\(index)@example.org", password, from: "203.0.113.9") }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(hall.allSatisfy { $0 == nil }, "thirty people behind one address: \(hall)")
        #expect(await attempt(test.accounts, "ada@example.org", password, from: "203.0.113.9") == nil)
    }
}
