import Glibc

/// Where the server's certificate chain and private key are, for serving HTTPS. Kept as
/// paths (not loaded keys) so `ServerConfiguration` stays a plain value and the files
/// are read, and checked, when the server starts.
public struct TLSConfiguration: Sendable, Equatable {
    /// PEM certificates: the server's own first, then the intermediates a client needs.
    public var certificateChainPath: String
    /// The unencrypted PEM private key of the first certificate.
    public var privateKeyPath: String

    public init(certificateChainPath: String, privateKeyPath: String) {
        self.certificateChainPath = certificateChainPath
        self.privateKeyPath = privateKeyPath
    }

    /// The key file's permission bits when its group or other users may read it, else
    /// nil. Such a key is served anyway, for keys shared through a group (Debian's
    /// `ssl-cert`) or guarded by a private directory, but it deserves a warning.
    public func privateKeyExposedMode() -> UInt32? {
        var info = stat()
        guard stat(privateKeyPath, &info) == 0 else { return nil }
        let mode = UInt32(info.st_mode) & 0o777
        return mode & 0o044 != 0 ? mode : nil
    }
}
