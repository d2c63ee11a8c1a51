import Foundation

/// A CSV file the command could not read or write, with the system's reason.
struct CSVFileError: Error, CustomStringConvertible {
    let description: String

    static func cannotRead(path: String, _ error: any Error) -> CSVFileError {
        CSVFileError(description: "cannot read \(path): \(reason(error))")
    }

    static func cannotWrite(path: String, _ error: any Error) -> CSVFileError {
        CSVFileError(description: "cannot write \(path): \(reason(error))")
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
