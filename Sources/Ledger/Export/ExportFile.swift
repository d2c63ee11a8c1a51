import Glibc

/// A file written line by line and made durable on close.
final class ExportFile {
    private let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(creating path: String) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ExportError.io(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit { Glibc.close(descriptor) }

    func writeLine(_ object: JSONObject) throws {
        buffer += try JSONValue.object(object).canonicalBytes()
        buffer.append(0x0a)
        if buffer.count >= 1 << 20 { try drain() }
    }

    func close() throws {
        try drain()
        guard fsync(descriptor) == 0 else { throw ExportError.io(path: path, reason: String(cString: strerror(errno))) }
    }

    private func drain() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw ExportError.io(path: path, reason: String(cString: strerror(errno))) }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
