/// Handed to a streaming response's producer: each `write` sends one chunk, waiting
/// while the client is slow to read, and throws `Closed` once the client has gone, so
/// a producer (an event stream) stops instead of writing into the void.
public struct HTTPBodyStreamWriter: Sendable {
    let owner: LoopConnections
    let connection: UInt64
    let slot: UInt64

    public func write(_ bytes: [UInt8]) async throws {
        guard !bytes.isEmpty else { return }
        try await owner.writeChunk(bytes, connection: connection, slot: slot)
    }

    public func write(_ text: String) async throws {
        try await write(Array(text.utf8))
    }

    /// The client closed the connection, or the server is shutting down.
    public struct Closed: Error, Sendable {}
}
