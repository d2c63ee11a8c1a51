import COpenSSL

/// The server's libssl configuration (an `SSL_CTX`): the certificate chain and key,
/// TLS 1.2 as the oldest version, AEAD ciphers with forward secrecy in the server's
/// order, no compression (CRIME) and no renegotiation. Built once at start; sessions
/// for every connection are made from it. An `SSL_CTX` that is no longer being
/// configured may be shared by threads, which is why this reference is `Sendable`.
final class TLSContext: @unchecked Sendable {
    let pointer: OpaquePointer

    /// TLS 1.2 suites (TLS 1.3 has only good ones): ECDHE key exchange with AES-GCM or
    /// ChaCha20-Poly1305, for ECDSA and RSA certificates alike.
    static let tls12Ciphers = [
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",
        "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-RSA-AES256-GCM-SHA384",
        "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    ].joined(separator: ":")

    /// Loads and checks the chain and key; throws with the file and OpenSSL's reason.
    init(configuration: TLSConfiguration) throws(TLSError) {
        ERR_clear_error()
        guard let context = SSL_CTX_new(TLS_server_method()) else {
            throw .openSSL(operation: "creating a TLS context", reason: TLSError.drainReason())
        }
        pointer = context
        try configure()
        try load(configuration)
    }

    deinit { SSL_CTX_free(pointer) }

    private func configure() throws(TLSError) {
        guard glocal_SSL_CTX_set_min_proto_version(pointer, TLS1_2_VERSION) == 1 else {
            throw .openSSL(operation: "TLS 1.2 as the minimum version", reason: TLSError.drainReason())
        }
        _ = SSL_CTX_set_options(pointer, glocal_SSL_OP_CIPHER_SERVER_PREFERENCE() | glocal_SSL_OP_NO_COMPRESSION()
                                    | glocal_SSL_OP_NO_RENEGOTIATION())
        guard SSL_CTX_set_cipher_list(pointer, Self.tls12Ciphers) == 1 else {
            throw .openSSL(operation: "the TLS 1.2 cipher list", reason: TLSError.drainReason())
        }
        // Partial writes and a moving buffer suit the connection's outbound queue, which
        // grows while a write waits; idle connections give their record buffers back.
        _ = glocal_SSL_CTX_set_mode(pointer, Int(SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER
                                                 | SSL_MODE_RELEASE_BUFFERS))
        // Resumption works through session tickets, which need no server-side cache
        // shared (and locked) by every event loop.
        _ = glocal_SSL_CTX_set_session_cache_mode(pointer, Int(SSL_SESS_CACHE_OFF))
        // Without this, OpenSSL would prompt on the terminal for an encrypted key's
        // passphrase; instead the key is refused, and the flag behind `userdata` (set
        // while the key loads) says why.
        SSL_CTX_set_default_passwd_cb(pointer) { _, _, _, userdata in
            userdata?.assumingMemoryBound(to: Bool.self).pointee = true
            return -1
        }
    }

    private func load(_ configuration: TLSConfiguration) throws(TLSError) {
        let certificate = configuration.certificateChainPath
        let key = configuration.privateKeyPath
        guard SSL_CTX_use_certificate_chain_file(pointer, certificate) == 1 else {
            throw .cannotLoadCertificate(path: certificate, reason: TLSError.drainReason())
        }
        var askedForPassphrase = false
        let keyLoaded = withUnsafeMutablePointer(to: &askedForPassphrase) { flag in
            SSL_CTX_set_default_passwd_cb_userdata(pointer, flag)
            defer { SSL_CTX_set_default_passwd_cb_userdata(pointer, nil) }
            return SSL_CTX_use_PrivateKey_file(pointer, key, SSL_FILETYPE_PEM) == 1
        }
        guard keyLoaded else {
            let code = TLSError.drainFirstError()
            if askedForPassphrase { throw .encryptedPrivateKey(path: key) }
            // libssl compares the key with the certificate as it loads it.
            if ERR_GET_LIB(code) == ERR_LIB_X509 && ERR_GET_REASON(code) == X509_R_KEY_VALUES_MISMATCH {
                throw .keyDoesNotMatchCertificate(keyPath: key, certificatePath: certificate, reason: TLSError.reason(for: code))
            }
            throw .cannotLoadPrivateKey(path: key, reason: TLSError.reason(for: code))
        }
        guard SSL_CTX_check_private_key(pointer) == 1 else {
            throw .keyDoesNotMatchCertificate(keyPath: key, certificatePath: certificate, reason: TLSError.drainReason())
        }
    }
}
