import COpenSSL
import Glibc
import Server

/// A fresh EC P-256 key and a self-signed certificate for 127.0.0.1 (common name and
/// subjectAltName IP), written as PEM files into a test's temporary directory, so TLS
/// tests need no fixture that could expire or leak.
struct SelfSignedCertificate {
    let certificatePath: String
    let privateKeyPath: String

    var configuration: TLSConfiguration {
        TLSConfiguration(certificateChainPath: certificatePath, privateKeyPath: privateKeyPath)
    }

    /// - Parameter passphrase: encrypts the key file (AES-256-CBC) when given.
    static func generate(in directory: TemporaryDirectory, ipAddress: String = "127.0.0.1",
                         passphrase: String? = nil) throws -> SelfSignedCertificate {
        let key = try generateKey()
        defer { EVP_PKEY_free(key) }
        guard let certificate = X509_new() else { throw CertificateError.failed("X509_new") }
        defer { X509_free(certificate) }
        try check(X509_set_version(certificate, 2), "X509_set_version")
        try check(ASN1_INTEGER_set(X509_get_serialNumber(certificate), Int(arc4random() & 0x7fff_ffff)), "serial")
        guard X509_gmtime_adj(X509_getm_notBefore(certificate), -3600) != nil,
              X509_gmtime_adj(X509_getm_notAfter(certificate), 86400) != nil else { throw CertificateError.failed("validity") }
        try check(X509_set_pubkey(certificate, key), "X509_set_pubkey")
        let name = X509_get_subject_name(certificate)
        try check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, ipAddress, -1, -1, 0), "common name")
        try check(X509_set_issuer_name(certificate, name), "issuer")
        for (nid, value) in [(NID_subject_alt_name, "IP:\(ipAddress)"), (NID_basic_constraints, "critical,CA:FALSE"),
                             (NID_ext_key_usage, "serverAuth")] {
            guard let extensionValue = X509V3_EXT_conf_nid(nil, nil, nid, value) else { throw CertificateError.failed(value) }
            defer { X509_EXTENSION_free(extensionValue) }
            try check(X509_add_ext(certificate, extensionValue, -1), "X509_add_ext")
        }
        guard X509_sign(certificate, key, EVP_sha256()) > 0 else { throw CertificateError.failed("X509_sign") }

        let result = SelfSignedCertificate(certificatePath: directory.path("cert.pem"), privateKeyPath: directory.path("key.pem"))
        try write(result.certificatePath) { PEM_write_bio_X509($0, certificate) }
        try write(result.privateKeyPath) { bio in
            guard let passphrase else { return PEM_write_bio_PrivateKey(bio, key, nil, nil, 0, nil, nil) }
            return passphrase.withCString {
                PEM_write_bio_PrivateKey(bio, key, EVP_aes_256_cbc(), nil, 0, nil, UnsafeMutableRawPointer(mutating: $0))
            }
        }
        chmod(result.privateKeyPath, 0o600)
        return result
    }

    private static func generateKey() throws -> OpaquePointer {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nil) else { throw CertificateError.failed("EVP_PKEY_CTX_new_id") }
        defer { EVP_PKEY_CTX_free(context) }
        try check(EVP_PKEY_keygen_init(context), "keygen init")
        try check(EVP_PKEY_CTX_set_ec_paramgen_curve_nid(context, NID_X9_62_prime256v1), "P-256")
        var key: OpaquePointer?
        try check(EVP_PKEY_keygen(context, &key), "keygen")
        guard let key else { throw CertificateError.failed("keygen") }
        return key
    }

    private static func write(_ path: String, _ body: (OpaquePointer) -> Int32) throws {
        guard let bio = BIO_new_file(path, "w") else { throw CertificateError.failed("open \(path)") }
        defer { BIO_free(bio) }
        try check(body(bio), "PEM write \(path)")
    }

    private static func check(_ status: Int32, _ step: String) throws {
        guard status == 1 else { throw CertificateError.failed(step) }
    }
}

enum CertificateError: Error {
    case failed(String)
}
