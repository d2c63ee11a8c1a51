import Dispatch
import Foundation
import Glibc
import Ledger
import Synchronization
import Testing
import TestSupport

/// A client whose keyed write got no answer before the node was killed retries it after
/// the restart with the same `Idempotency-Key` and body. Every retry gets one definite
/// answer (the write runs if it never took effect, or its stored answer is replayed),
/// and nothing is written twice.
@Suite struct KeyedRetryAfterCrashTests {
    /// One keyed create a worker sent, and what it heard back before the node died.
    struct Sent: Sendable {
        let key: String
        let path: String
        let body: String
        /// The unique value the created row carries (a town's or community's name).
        let name: String
        let answer: Answer?
    }

    struct Answer: Sendable, Equatable {
        let status: Int
        let body: String
        let replayed: Bool
    }

    @Test func noRetryIsStrandedAndNothingIsWrittenTwice() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("node")
        #expect(try Executable.glocal("init", "--data", data).status == 0)
        let created = try Executable.run("glocal", ["admin", "create", "--email", "admin@example.org", "--data", data],
                                         input: .text("correct horse battery staple\n"))
        #expect(created.status == 0, "\(created.stderr)")
        var server = try serve(data)
        let bearer = try staffToken(port: server.port)

        var all: [Sent] = []
        let seed = UInt64(Stopwatch.now())
        print("keyed retry crash test seed \(seed)")
        var random = SplitMix64(seed: seed)
        for round in 1...3 {
            let sent = Mutex<[Sent]>([])
            let workers = DispatchGroup()
            let port = server.port
            for worker in 0..<8 {
                DispatchQueue.global().async(group: workers) {
                    var index = 0
                    while true {
                        let request = Self.request(round: round, worker: worker, index: index)
                        let answer = Self.post(port: port, request.path, request.body, key: request.key, bearer: bearer)
                        sent.withLock { $0.append(Sent(key: request.key, path: request.path, body: request.body, name: request.name,
                                                       answer: answer)) }
                        guard answer != nil else { return }
                        index += 1
                    }
                }
            }
            usleep(UInt32(300_000 + random.next(below: 500_000)))
            server.process.signal(SIGKILL)
            #expect(server.process.wait() == .signal(SIGKILL))
            workers.wait()
            let round = sent.withLock { $0 }
            #expect(round.contains { $0.answer == nil }, "some writes should have been in doubt when the node died")
            all += round
            server = try serve(data)
        }
        #expect(all.filter { $0.answer?.status == 201 }.count > 30, "the node should have answered writes before each kill")

        // Every write is retried: in doubt or answered, each gets exactly one answer.
        var final: [String: Answer] = [:]
        for write in all {
            let retry = try #require(Self.post(port: server.port, write.path, write.body, key: write.key, bearer: bearer))
            #expect(retry.status == 201, "\(write.key) \(write.path): \(retry.status) \(retry.body)")
            if let first = write.answer {
                #expect(retry.replayed && retry.body == first.body, "\(write.key): the answer it was given is replayed")
            }
            let again = try #require(Self.post(port: server.port, write.path, write.body, key: write.key, bearer: bearer))
            #expect(again.replayed && again.body == retry.body, "\(write.key): a second retry hears the same")
            final[write.key] = retry
        }
        let inDoubt = all.filter { $0.answer == nil }
        print("keyed retry crash test: \(all.count) writes, \(inDoubt.count) in doubt at a kill, "
              + "\(inDoubt.filter { final[$0.key]?.replayed == true }.count) of those had taken effect and were replayed")
        server.process.signal(SIGTERM)
        #expect(server.process.wait() == .exit(0))

        // Nothing twice: each write's row exists once, with the id its answer gave.
        let database = try SQLiteConnection(path: data + "/glocal.sqlite", readOnly: true)
        for write in all {
            let table = write.path.hasSuffix("cities") ? "city" : "community"
            let ids = try database.query("SELECT id FROM \(table) WHERE name = ?", [.text(write.name)]) { try $0.text("id") }
            #expect(ids.count == 1, "\(write.key): \(ids.count) rows named \(write.name)")
            if let id = ids.first, let answer = final[write.key] {
                #expect(answer.body.contains("\"id\":\"\(id)\""), "\(write.key): the answer names the row written")
            }
        }
    }

    // MARK: - The node and its client

    struct Served {
        let process: ChildProcess
        let port: Int
    }

    private func serve(_ data: String) throws -> Served {
        let process = try ChildProcess(Executable.url("glocal").path,
                                       ["serve", "--data", data, "--port", "0", "--log-level", "error"])
        let line = try #require(process.readLine())
        let port = try #require(Int(line.split(separator: ":").last?.filter(\.isNumber) ?? ""))
        return Served(process: process, port: port)
    }

    /// Signs the administrator in, makes it Union staff too, and answers an API token.
    private func staffToken(port: Int) throws -> String {
        let login = try #require(Self.exchange(port: port, "POST", "/api/v1/session",
                                               #"{"email":"admin@example.org","password":"correct horse battery staple"}"#))
        #expect(login.status == 201)
        let cookie = try #require(login.headers.first { $0.lowercased().hasPrefix("set-cookie: glocal_session=") }?
            .dropFirst("set-cookie: ".count).split(separator: ";").first.map(String.init))
        let session = try JSONSerialization.jsonObject(with: Data(login.body.utf8)) as? [String: Any]
        let csrf = try #require(session?["csrf_token"] as? String)
        let account = try #require((session?["account"] as? [String: Any])?["id"] as? String)
        let headers = ["Cookie: \(cookie)", "X-CSRF-Token: \(csrf)"]
        let granted = try #require(Self.exchange(port: port, "PUT", "/api/v1/accounts/\(account)/roles/union_staff", nil,
                                                 headers: headers))
        #expect(granted.status == 200, "\(granted.body)")
        let token = try #require(Self.exchange(port: port, "POST", "/api/v1/tokens", #"{"name":"crash test"}"#, headers: headers))
        #expect(token.status == 201, "\(token.body)")
        let secret = (try JSONSerialization.jsonObject(with: Data(token.body.utf8)) as? [String: Any])?["secret"] as? String
        return try #require(secret)
    }

    /// The `index`-th write of a worker: towns and communities in turn, each with a name
    /// of its own.
    private static func request(round: Int, worker: Int, index: Int) -> (key: String, path: String, body: String, name: String) {
        let tag = "\(round)-\(worker)-\(index)"
        let name = "Проверка \(tag)"
        if index.isMultiple(of: 2) {
            return ("key-\(tag)", "/api/v1/cities", #"{"name":"\#(name)","region":"Удмуртия"}"#, name)
        }
        return ("key-\(tag)", "/api/v1/communities", #"{"kind":"professional","name":"\#(name)"}"#, name)
    }

    private static func post(port: Int, _ path: String, _ body: String, key: String, bearer: String) -> Answer? {
        guard let response = exchange(port: port, "POST", path, body,
                                      headers: ["Authorization: Bearer \(bearer)", "Idempotency-Key: \(key)"]) else { return nil }
        return Answer(status: response.status, body: response.body,
                      replayed: response.headers.contains { $0.lowercased() == "idempotent-replayed: true" })
    }

    struct Response {
        let status: Int
        let headers: [String]
        let body: String
    }

    /// One request on its own connection, read to the end; nil if the node is gone before
    /// the whole answer arrives.
    private static func exchange(port: Int, _ method: String, _ path: String, _ body: String?,
                                 headers: [String] = []) -> Response? {
        guard let fd = LoopbackHTTP.connection(port: port) else { return nil }
        defer { close(fd) }
        let bytes = Array((body ?? "").utf8)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for header in headers { head += header + "\r\n" }
        if body != nil { head += "Content-Type: application/json\r\n" }
        head += "Content-Length: \(bytes.count)\r\n\r\n"
        let request = Array(head.utf8) + bytes
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else { return nil }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count < 0 { return nil }
            if count == 0 { break }
            received.append(contentsOf: buffer[0..<count])
        }
        let text = String(decoding: received, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { return nil }
        let lines = text[..<split.lowerBound].split(separator: "\r\n").map(String.init)
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else { return nil }
        let length = lines.first { $0.lowercased().hasPrefix("content-length:") }.flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
        let payload = String(text[split.upperBound...])
        guard length == nil || payload.utf8.count == length else { return nil }
        return Response(status: status, headers: Array(lines.dropFirst()), body: payload)
    }
}
