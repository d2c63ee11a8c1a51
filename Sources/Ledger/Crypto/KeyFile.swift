#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes Ed25519 keys as PEM files with the permissions a signing key needs.
///
/// A private key file is created with mode 0600 from its first moment, so there is
/// no window in which another user could open it, and it is refused on reading if
/// its mode lets anyone but its owner in, as ssh refuses loose identity files.
/// Existing files are never overwritten.
public enum KeyFile {
    private static let privateMode: mode_t = 0o600
    private static let publicMode: mode_t = 0o644
    private static let maximumSize = 64 * 1024

    /// Writes `key` as PKCS#8 PEM to a new file at `path` with mode 0600.
    public static func writePrivateKey(_ key: Ed25519PrivateKey, to path: String) throws(KeyFileError) {
        let pem: String
        do { pem = try key.pemRepresentation() } catch { throw .invalidKey(path: path, reason: error) }
        try create(path, contents: Array(pem.utf8), mode: privateMode)
    }

    /// Reads a PKCS#8 PEM private key, refusing a file that group or others may read or write.
    public static func readPrivateKey(at path: String) throws(KeyFileError) -> Ed25519PrivateKey {
        let text = try contents(of: path) { mode throws(KeyFileError) in
            if mode & 0o077 != 0 { throw .insecurePermissions(path: path, mode: UInt32(mode)) }
        }
        do { return try Ed25519PrivateKey(pemRepresentation: text) } catch { throw .invalidKey(path: path, reason: error) }
    }

    /// Writes `key` as SubjectPublicKeyInfo PEM to a new file at `path` with mode 0644.
    public static func writePublicKey(_ key: Ed25519PublicKey, to path: String) throws(KeyFileError) {
        let pem: String
        do { pem = try key.pemRepresentation() } catch { throw .invalidKey(path: path, reason: error) }
        try create(path, contents: Array(pem.utf8), mode: publicMode)
    }

    public static func readPublicKey(at path: String) throws(KeyFileError) -> Ed25519PublicKey {
        let text = try contents(of: path) { _ throws(KeyFileError) in }
        do { return try Ed25519PublicKey(pemRepresentation: text) } catch { throw .invalidKey(path: path, reason: error) }
    }

    /// O_EXCL makes creation and the existence check one atomic step, and also
    /// refuses to follow a symbolic link planted at `path`. The explicit fchmod
    /// undoes whatever the umask took away from a public key's mode.
    private static func create(_ path: String, contents: [UInt8], mode: mode_t) throws(KeyFileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw .alreadyExists(path: path) }
            throw .cannotCreate(path: path, reason: reason(code))
        }
        do throws(KeyFileError) {
            guard fchmod(descriptor, mode) == 0 else { throw .writeFailed(path: path, reason: reason(errno)) }
            try writeAll(contents, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw .writeFailed(path: path, reason: reason(errno)) }
        } catch {
            close(descriptor)
            unlink(path)
            throw error
        }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(path)
            throw .writeFailed(path: path, reason: reason(code))
        }
        syncParentDirectory(of: path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(KeyFileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(path: path, reason: reason(errno))
            }
            offset += written
        }
    }

    /// Makes the new directory entry itself durable. Failure is not reported: the
    /// key's bytes are already on disk and some file systems cannot sync directories.
    private static func syncParentDirectory(of path: String) {
        let parent: String
        if let slash = path.lastIndex(of: "/") {
            parent = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            parent = "."
        }
        let descriptor = open(parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Checks the mode on the open descriptor rather than the path, so the file
    /// judged is the file read.
    private static func contents(of path: String, checkMode: (mode_t) throws(KeyFileError) -> Void) throws(KeyFileError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .readFailed(path: path, reason: reason(errno)) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path) }
        try checkMode(status.st_mode & 0o7777)
        guard status.st_size <= maximumSize else { throw .tooLarge(path: path, limit: maximumSize) }
        var contents: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: path, reason: reason(errno))
            }
            if count == 0 { break }
            contents.append(contentsOf: buffer[..<count])
            guard contents.count <= maximumSize else { throw .tooLarge(path: path, limit: maximumSize) }
        }
        return String(decoding: contents, as: UTF8.self)
    }

    private static func reason(_ code: Int32) -> String {
        let text = strerror(code).map { String(cString: $0) } ?? "unknown error"
        return "\(text) (errno \(code))"
    }
}
