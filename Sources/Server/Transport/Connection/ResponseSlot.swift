/// One request's place in a connection's answer queue. Pipelined requests are handled
/// concurrently but answered in the order they arrived (RFC 9112 §9.3.2), so each
/// holds a slot that fills when its handler finishes.
struct ResponseSlot {
    enum State {
        /// The handler is still running.
        case waiting
        /// The whole response, encoded.
        case ready([UInt8])
        /// A streamed response: bytes not yet sent, and whether the producer has ended.
        case streaming(pending: [UInt8], finished: Bool)
    }

    let id: UInt64
    let isHeadRequest: Bool
    /// Close the connection once this response is sent.
    var closesConnection: Bool
    let isHTTP1_0: Bool
    var state: State = .waiting
}
