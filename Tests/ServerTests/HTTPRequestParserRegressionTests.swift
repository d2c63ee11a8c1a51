import Testing

@testable import Server

/// Inputs kept in `Fixtures/parser-regressions`: interesting requests that seed the fuzzer,
/// and every input the fuzzer found crashing, kept after the fix. Each must parse to events
/// or a thrown `HTTPParseError`, the same however it is split, under the default limits and
/// under the small ones the fuzzer uses for inputs whose last byte is odd.
@Suite struct HTTPRequestParserRegressionTests {
    private static let fuzzerSmallLimits = HTTPParserLimits(
        maxRequestLineLength: 32, maxHeaderBytes: 128, maxHeaderCount: 4, maxChunkLineLength: 16, maxTrailerBytes: 24)

    @Test func regressionInputsParseTheSameWholeOrSplit() throws {
        let files = try Fixture.files(in: "parser-regressions")
        #expect(files.count >= 10)
        for file in files {
            let input = try Fixture.bytes(file)
            for limits in [HTTPParserLimits(), Self.fuzzerSmallLimits] {
                let whole = ParserTranscript([input], limits: limits, bodyLimit: 64)
                for split in 0...input.count {
                    let halves = ParserTranscript(
                        [Array(input[..<split]), Array(input[split...])], limits: limits, bodyLimit: 64)
                    #expect(halves == whole, "\(file.lastPathComponent) split at \(split)")
                }
                let bytes = ParserTranscript(input.map { [$0] }, limits: limits, bodyLimit: 64)
                #expect(bytes == whole, "\(file.lastPathComponent) byte by byte")
            }
        }
    }
}
