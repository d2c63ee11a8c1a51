import Foundation
import Glibc

/// Reads and writes the CSV files of `glocal import` and `glocal export --csv`.
///
/// An export is written to a temporary file beside the target, made durable, then
/// renamed over it, so a reader never sees half a file; it is created with mode 0600
/// because a members export holds personal data.
enum CSVFile {
    static func read(_ path: String) throws -> [UInt8] {
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw CSVFileError(description: "cannot read \(path): \((error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription)")
        }
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = "\(path).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw abandon(descriptor, temporary, path) }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw abandon(descriptor, temporary, path) }
        close(descriptor)
        guard rename(temporary, path) == 0 else { throw abandon(nil, temporary, path) }
    }

    /// The error for the failed call (read from `errno` first), the temporary file removed.
    private static func abandon(_ descriptor: Int32?, _ temporary: String, _ path: String) -> CSVFileError {
        let error = failure(path)
        if let descriptor { close(descriptor) }
        unlink(temporary)
        return error
    }

    private static func failure(_ path: String) -> CSVFileError {
        CSVFileError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
    }
}

/// A CSV file the command could not read or write, with the system's reason.
struct CSVFileError: Error, CustomStringConvertible {
    let description: String
}
