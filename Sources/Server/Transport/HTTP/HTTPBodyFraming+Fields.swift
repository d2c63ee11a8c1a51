extension HTTPBodyFraming {
    /// Decides the framing from every Content-Length and Transfer-Encoding value of a
    /// request (RFC 9112 §6), refusing any request that two parsers could frame
    /// differently: both fields at once, differing lengths, chunked that is not the single
    /// final coding, and Transfer-Encoding in HTTP/1.0. Other codings get 501.
    init(contentLengths: [String], transferEncodings: [String], version: HTTPVersion) throws(HTTPParseError) {
        switch (contentLengths.isEmpty, transferEncodings.isEmpty) {
        case (true, true):
            self = .none
        case (false, false):
            throw .contentLengthWithTransferEncoding
        case (false, true):
            self = .contentLength(try Self.length(contentLengths))
        case (true, false):
            guard version != .http1_0 else { throw .transferEncodingInHTTP10 }
            try Self.checkChunkedIsTheOnlyCoding(transferEncodings)
            self = .chunked
        }
    }

    /// The one length that every value states; `5, 5` and repeated fields of equal value
    /// are accepted (RFC 9110 §8.6), but not signs, spaces inside, or empty entries.
    private static func length(_ values: [String]) throws(HTTPParseError) -> Int {
        var length: Int?
        for value in values {
            for element in value.split(separator: ",", omittingEmptySubsequences: false) {
                let digits = element.trimmingSpaces.utf8
                guard !digits.isEmpty else { throw .invalidContentLength }
                var number = 0
                for digit in digits {
                    guard digit.isASCIIDigit else { throw .invalidContentLength }
                    let (times10, overflow) = number.multipliedReportingOverflow(by: 10)
                    let (sum, carry) = times10.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
                    guard !overflow, !carry else { throw .invalidContentLength }
                    number = sum
                }
                guard length == nil || length == number else { throw .conflictingContentLengths }
                length = number
            }
        }
        guard let length else { throw .invalidContentLength }
        return length
    }

    /// Accepts exactly one coding, `chunked`, in any case and without parameters. Where
    /// chunked is repeated or not last, the length cannot be known (400, RFC 9112 §6.3);
    /// any other coding, alone or before chunked, is not implemented (501).
    private static func checkChunkedIsTheOnlyCoding(_ values: [String]) throws(HTTPParseError) {
        var codings: [(name: Substring, hasParameters: Bool)] = []
        for value in values {
            for element in value.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = element.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
                let name = parts[0].trimmingSpaces
                guard !name.isEmpty, name.utf8.allSatisfy(\.isHTTPTokenCharacter) else {
                    throw .malformedTransferEncoding
                }
                codings.append((name, parts.count > 1))
            }
        }
        let chunked = codings.indices.filter { codings[$0].name.lowercased() == "chunked" }
        guard chunked.allSatisfy({ !codings[$0].hasParameters }) else { throw .malformedTransferEncoding }
        guard chunked.isEmpty || chunked == [codings.count - 1] else { throw .chunkedNotFinal }
        if let other = codings.first(where: { $0.name.lowercased() != "chunked" }) {
            throw .unsupportedTransferCoding(String(other.name.prefix(64)))
        }
    }
}
