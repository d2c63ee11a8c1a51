import COpenSSL
import Server

/// A throwaway EC P-256 key and self-signed certificate for the HTTPS figure, written
/// as PEM into the benchmark's temporary folder.
enum BenchCertificate {
    static func write(into folder: String) throws -> TLSConfiguration {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nil) else { throw BenchmarkError.cannotSetUpTLS }
        defer { EVP_PKEY_CTX_free(context) }
        var generated: OpaquePointer?
        guard EVP_PKEY_keygen_init(context) == 1,
              EVP_PKEY_CTX_set_ec_paramgen_curve_nid(context, NID_X9_62_prime256v1) == 1,
              EVP_PKEY_keygen(context, &generated) == 1, let key = generated else { throw BenchmarkError.cannotSetUpTLS }
        defer { EVP_PKEY_free(key) }
        guard let certificate = X509_new() else { throw BenchmarkError.cannotSetUpTLS }
        defer { X509_free(certificate) }
        let name = X509_get_subject_name(certificate)
        guard X509_set_version(certificate, 2) == 1, ASN1_INTEGER_set(X509_get_serialNumber(certificate), 1) == 1,
              X509_gmtime_adj(X509_getm_notBefore(certificate), 0) != nil,
              X509_gmtime_adj(X509_getm_notAfter(certificate), 86400) != nil,
              X509_set_pubkey(certificate, key) == 1,
              X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, "127.0.0.1", -1, -1, 0) == 1,
              X509_set_issuer_name(certificate, name) == 1,
              X509_sign(certificate, key, EVP_sha256()) > 0 else { throw BenchmarkError.cannotSetUpTLS }
        let configuration = TLSConfiguration(certificateChainPath: folder + "/bench-cert.pem", privateKeyPath: folder + "/bench-key.pem")
        try writePEM(configuration.certificateChainPath) { PEM_write_bio_X509($0, certificate) }
        try writePEM(configuration.privateKeyPath) { PEM_write_bio_PrivateKey($0, key, nil, nil, 0, nil, nil) }
        return configuration
    }

    private static func writePEM(_ path: String, _ body: (OpaquePointer) -> Int32) throws {
        guard let bio = BIO_new_file(path, "w") else { throw BenchmarkError.cannotSetUpTLS }
        defer { BIO_free(bio) }
        guard body(bio) == 1 else { throw BenchmarkError.cannotSetUpTLS }
    }
}
