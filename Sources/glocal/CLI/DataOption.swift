import Foundation
import Registry

/// The `--data DIR` option shared by commands that use a node's data folder.
enum DataOption {
    static let help = "  --data <dir>            The node's data folder (default: $GLOCAL_DATA, else ./data)."

    static func folder(_ arguments: Arguments) -> DataFolder {
        DataFolder(path: arguments.value("data") ?? ProcessInfo.processInfo.environment["GLOCAL_DATA"] ?? "data")
    }
}
