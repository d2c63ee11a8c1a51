/// Why `HTTPRequestParser` refused a request. Each case maps to the one status the
/// connection answers before it closes, and to a sentence that tells the client's
/// developer what to change. After any of these the parser is unusable: the bytes that
/// follow cannot be trusted to start a new request.
public enum HTTPParseError: Error, Equatable, Sendable, CustomStringConvertible {
    case requestLineTooLong(limit: Int)
    case tooManyEmptyLines(limit: Int)
    case malformedRequestLine
    case invalidMethod
    case invalidTarget
    case connectNotSupported
    case invalidVersion
    case unsupportedVersion(String)
    case headerSectionTooLarge(limit: Int)
    case tooManyHeaderFields(limit: Int)
    case bareCarriageReturn
    case bareLineFeed
    case obsoleteLineFolding
    case whitespaceBeforeColon
    case missingColon
    case invalidFieldName
    case invalidFieldValue(name: String)
    case missingHost
    case multipleHosts
    case invalidHost
    case contentLengthWithTransferEncoding
    case conflictingContentLengths
    case invalidContentLength
    case transferEncodingInHTTP10
    case malformedTransferEncoding
    case chunkedNotFinal
    case unsupportedTransferCoding(String)
    case bodyTooLarge(limit: Int)
    case chunkLineTooLong(limit: Int)
    case invalidChunkSize
    case invalidChunkExtension
    case missingChunkDataTerminator
    case trailerTooLarge(limit: Int)

    /// The status the connection answers with before closing.
    public var status: HTTPStatus {
        switch self {
        case .requestLineTooLong: .uriTooLong
        case .headerSectionTooLarge, .tooManyHeaderFields, .trailerTooLarge: .requestHeaderFieldsTooLarge
        case .bodyTooLarge: .contentTooLarge
        case .unsupportedTransferCoding, .connectNotSupported: .notImplemented
        case .unsupportedVersion: .httpVersionNotSupported
        default: .badRequest
        }
    }

    /// One sentence, safe to send back: it quotes only tokens and digits from the request.
    public var detail: String {
        switch self {
        case .requestLineTooLong(let limit):
            "The request line is longer than \(limit) bytes; shorten the target (move data into the body)."
        case .tooManyEmptyLines(let limit):
            "More than \(limit) empty lines came before the request line; send the request line first."
        case .malformedRequestLine:
            "The request line must be `METHOD SP target SP HTTP/1.1` in visible ASCII, with single spaces."
        case .invalidMethod:
            "The method contains a character that is not allowed in a token."
        case .invalidTarget:
            "The target must be a path starting with `/`, an `http://` or `https://` URL, or `*` with OPTIONS."
        case .connectNotSupported:
            "This server is not a proxy and does not support CONNECT."
        case .invalidVersion:
            "The protocol version must be written exactly `HTTP/1.1` or `HTTP/1.0`."
        case .unsupportedVersion(let version):
            "\(version) is not supported; send HTTP/1.1 or HTTP/1.0."
        case .headerSectionTooLarge(let limit):
            "The request head is larger than \(limit) bytes; send fewer or smaller header fields."
        case .tooManyHeaderFields(let limit):
            "The request has more than \(limit) header fields; send fewer."
        case .bareCarriageReturn:
            "A CR in the request head is not followed by LF; end every line with CRLF."
        case .bareLineFeed:
            "A line ends with a bare LF; end every line with CRLF."
        case .obsoleteLineFolding:
            "A header line starts with whitespace (obsolete line folding); send each field on one line."
        case .whitespaceBeforeColon:
            "A header field name is followed by whitespace; put the colon right after the name."
        case .missingColon:
            "A header line has no colon; write each field as `Name: value`."
        case .invalidFieldName:
            "A header field name contains a character that is not allowed in a token."
        case .invalidFieldValue(let name):
            "The value of the \(name) field contains a control character; send visible text, spaces and tabs only."
        case .missingHost:
            "An HTTP/1.1 request must have a Host header field."
        case .multipleHosts:
            "The request has more than one Host header field; send exactly one."
        case .invalidHost:
            "The Host value must be a host name or IP address with an optional port, like `example.org:8080`."
        case .contentLengthWithTransferEncoding:
            "The request has both Content-Length and Transfer-Encoding; send only one of them."
        case .conflictingContentLengths:
            "The request has Content-Length values that differ; send exactly one."
        case .invalidContentLength:
            "Content-Length must be a decimal number of bytes that fits in 63 bits."
        case .transferEncodingInHTTP10:
            "Transfer-Encoding is not allowed in an HTTP/1.0 request; send Content-Length or use HTTP/1.1."
        case .malformedTransferEncoding:
            "Transfer-Encoding must be a comma-separated list of transfer codings without empty entries."
        case .chunkedNotFinal:
            "The chunked transfer coding must be applied exactly once, as the last coding."
        case .unsupportedTransferCoding(let coding):
            "The transfer coding \(coding) is not supported; send the body with `Transfer-Encoding: chunked` alone."
        case .bodyTooLarge(let limit):
            "The request body is larger than \(limit) bytes allowed here."
        case .chunkLineTooLong(let limit):
            "A chunk-size line is longer than \(limit) bytes; send shorter chunk extensions."
        case .invalidChunkSize:
            "A chunk size must be hexadecimal digits (no sign, no `0x`), optionally followed by `;` and extensions."
        case .invalidChunkExtension:
            "A chunk extension contains a control character."
        case .missingChunkDataTerminator:
            "Chunk data must be followed by CRLF; check that each chunk size matches its data."
        case .trailerTooLarge(let limit):
            "The trailer section is larger than \(limit) bytes; send fewer or smaller trailer fields."
        }
    }

    public var description: String { "\(status): \(detail)" }
}
