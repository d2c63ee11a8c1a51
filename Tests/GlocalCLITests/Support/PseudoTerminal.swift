import Foundation

/// A pseudo-terminal pair, so a test can give a child process a standard input that
/// `isatty` recognises as a terminal.
///
/// Swift's Glibc module leaves out the XSI pseudo-terminal functions, so they are
/// looked up in the C library at run time.
struct PseudoTerminal {
    let primary: Int32
    let secondary: FileHandle

    private typealias Open = @convention(c) (Int32) -> Int32
    private typealias Prepare = @convention(c) (Int32) -> Int32
    private typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    init() throws {
        let library = dlopen(nil, RTLD_NOW)
        guard let openSymbol = dlsym(library, "posix_openpt"), let grantSymbol = dlsym(library, "grantpt"),
              let unlockSymbol = dlsym(library, "unlockpt"), let nameSymbol = dlsym(library, "ptsname")
        else { throw CocoaError(.featureUnsupported) }
        let primary = unsafeBitCast(openSymbol, to: Open.self)(O_RDWR | O_NOCTTY)
        guard primary >= 0, unsafeBitCast(grantSymbol, to: Prepare.self)(primary) == 0,
              unsafeBitCast(unlockSymbol, to: Prepare.self)(primary) == 0,
              let name = unsafeBitCast(nameSymbol, to: Name.self)(primary)
        else { throw CocoaError(.fileReadUnknown) }
        let secondary = open(name, O_RDWR | O_NOCTTY)
        guard secondary >= 0 else { throw CocoaError(.fileReadUnknown) }
        self.primary = primary
        self.secondary = FileHandle(fileDescriptor: secondary, closeOnDealloc: true)
    }

    func close() {
        try? secondary.close()
        Glibc.close(primary)
    }
}
