import Foundation
import Glibc
import Testing
import TestSupport

/// Every public page of the demo, in both languages, speaks words: no registry id or code
/// where a person reads (outside `<code>`, the ledger explorer and receipts), no phrase
/// key missing from a catalogue, and no English phrase on a Russian page. `make e2e` checks
/// the signed-in pages in a browser; this runs in `make test` against `glocal serve --demo`.
@Suite struct DemoPagesLanguageTests {
    static let rawID = #"(?:^|[^A-Za-z0-9_])(?:mem|prj|cty|ipa|ctr|evt|acc|ipc)_[0-9a-f]{8,}"#
    static let rawCode = #"(?:^|[^A-Za-z0-9_.])(?:idea|selected|accelerating|accelerated|pitched|funded|operating|scaled|union_staff|resident|lead|planned|in_progress|pledged|withdrawn|proposed|terminated)(?![A-Za-z0-9_])"#
    /// A phrase missing from a catalogue is shown as its key, such as `figuresAsTable`.
    static let phraseKey = #"(?:^|[^A-Za-z])[a-z]+[A-Z][A-Za-z]+(?![A-Za-z])"#
    static let englishRun = #"[A-Za-z]{3,}(?:[ ,.:;-]+[A-Za-z]{3,}){2,}"#
    static let englishNames = ["Glocal City Challenge", "Glocal City Game"]

    @Test func everyPublicPageSpeaksWordsInBothLanguages() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try ChildProcess(Executable.url("glocal").path, ["serve", "--demo", "--data", folder.file("demo"), "--seeds",
                                                                    DemoCommandTests.seeds, "--port", "0", "--log-level", "error"])
        defer {
            server.signal(SIGTERM)
            _ = server.wait()
        }
        var port: Int?
        while port == nil, let line = server.readLine() {
            if line.hasPrefix("Glocal is serving on") { port = Int(line.split(separator: ":").last?.filter(\.isNumber) ?? "") }
        }
        let served = try #require(port)
        let home = try Self.page(served, "/", language: "ru")
        let links = Set(home.matches(of: try Regex(#"href="(/(?:towns|games|accelerators|investment-sessions|challenges)/[^"?]+)""#))
            .compactMap { $0.output[1].substring.map(String.init) })
        var paths = ["/", "/search", "/ledger", "/login", "/signup"] + links.sorted()
        for town in links where town.hasPrefix("/towns/") {
            let page = try Self.page(served, town, language: "ru")
            paths += page.matches(of: try Regex(#"href="(/projects/[^"?]+)""#)).prefix(2).compactMap { $0.output[1].substring.map(String.init) }
        }
        #expect(paths.count > 12, "the demo's pages were found")
        var failures: [String] = []
        func found(_ pattern: String, in text: String) throws -> [String] {
            text.matches(of: try Regex(pattern)).map { String(text[$0.range]).trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        for path in paths {
            for language in ["ru", "en"] {
                let text = Self.readable(try Self.page(served, path, language: language))
                let explorer = path.hasPrefix("/ledger") || path.hasPrefix("/verify")
                if !explorer {
                    failures += try found(Self.rawID, in: text).map { "\(path) [\(language)]: raw id \($0)" }
                }
                failures += try found(Self.phraseKey, in: text).map { "\(path) [\(language)]: phrase key \($0)" }
                guard language == "ru", !explorer else { continue }
                failures += try found(Self.rawCode, in: text).map { "\(path) [ru]: code \($0)" }
                var words = text
                for name in Self.englishNames { words = words.replacingOccurrences(of: name, with: " · ") }
                failures += try found(Self.englishRun, in: words).map { "\(path) [ru]: English phrase \($0)" }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(30).joined(separator: "\n"))")
    }

    /// The page at `path` in `language`, its body only.
    private static func page(_ port: Int, _ path: String, language: String) throws -> String {
        let separator = path.contains("?") ? "&" : "?"
        let answer = try LoopbackHTTP.fetch(port: port, "GET \(path)\(separator)lang=\(language) HTTP/1.1\r\nHost: x\r\n"
                                             + "Accept: text/html\r\nConnection: close\r\n\r\n")
        #expect(answer.hasPrefix("HTTP/1.1 200 "), "\(path) [\(language)]: \(answer.prefix(60))")
        return String(answer.drop { $0 != "<" })
    }

    /// What a person reads on the page: its text without tags, `<code>`, `<pre>`, scripts,
    /// styles, the header's language switch, and email addresses.
    private static func readable(_ html: String) -> String {
        var text = html
        for pattern in [#"<(code|pre|script|style|title)[^>]*>.*?</\1>"#, #"<a [^>]*hreflang[^>]*>[^<]*</a>"#, #"<[^>]+>"#, #"\S+@\S+"#] {
            text = text.replacing(try! Regex(pattern).dotMatchesNewlines(), with: " ")
        }
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
    }
}
