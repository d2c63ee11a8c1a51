/// A mistake in how the command was called: printed with the usage line, exit status 2.
struct UsageError: Error, CustomStringConvertible {
    let message: String
    let usage: String

    var description: String { message }
}
