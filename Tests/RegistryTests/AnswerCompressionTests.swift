import Foundation
import Testing
@testable import Registry

/// The codec of kept answers: every input comes back byte for byte, JSON answers shrink,
/// and damaged bytes are refused rather than read past.
@Suite struct AnswerCompressionTests {
    private static let answer = Array("""
        {"id":"prj_3f2a9c0e4b1d4e7f8a6b5c4d3e2f1a0b","title":"Аудиогид по старому Глазову","summary":"Маршруты по купеческим \
        улицам с голосами горожан.","direction":"Туризм","city_id":"cty_0a1b2c3d4e5f60718293a4b5c6d7e8f9","stage":"idea",\
        "team":[{"member_id":"mem_00112233445566778899aabbccddeeff","role":"lead"},{"member_id":"mem_ffeeddccbbaa99887766554433221100",\
        "role":"member"},{"member_id":"mem_0f1e2d3c4b5a69788796a5b4c3d2e1f0","role":"mentor"}],"created_at":"2026-12-07T10:00:00.000Z",\
        "updated_at":"2026-12-07T10:00:00.000Z","links":{"self":"/api/v1/projects/prj_3f2a9c0e4b1d4e7f8a6b5c4d3e2f1a0b",\
        "team":"/api/v1/projects/prj_3f2a9c0e4b1d4e7f8a6b5c4d3e2f1a0b/team"}}
        """.utf8)

    @Test func everyInputComesBackByteForByte() throws {
        var generator = SystemRandomNumberGenerator()
        var inputs: [[UInt8]] = [[], [7], Array(repeating: 0x41, count: 10_000), Self.answer, Self.answer + Self.answer]
        for length in [1, 3, 4, 5, 127, 128, 129, 300, 70_000] {
            inputs.append((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
            inputs.append((0..<length).map { _ in UInt8.random(in: 97...100, using: &generator) })
        }
        for input in inputs {
            #expect(try AnswerCompression.decompress(AnswerCompression.compress(input)) == input, "\(input.count) bytes")
        }
    }

    @Test func aJSONAnswerShrinks() {
        let compressed = AnswerCompression.compress(Self.answer)
        #expect(compressed.count * 10 < Self.answer.count * 8, "\(compressed.count) of \(Self.answer.count) bytes")
    }

    @Test func damagedBytesAreRefused() {
        let compressed = AnswerCompression.compress(Self.answer)
        #expect(throws: AnswerCompression.Corrupted.self) { try AnswerCompression.decompress([0x85, 0x00, 0x09]) }
        #expect(throws: AnswerCompression.Corrupted.self) { try AnswerCompression.decompress([0x10, 0x41]) }
        #expect(throws: AnswerCompression.Corrupted.self) { try AnswerCompression.decompress(Array(compressed.dropLast())) }
    }
}
