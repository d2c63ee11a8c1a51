import Glibc
import Ledger

/// How login throttling groups client addresses.
///
/// An IPv4 address counts alone. An IPv6 client usually holds a whole /64 and can
/// pick any address in it, so IPv6 addresses are counted by their /64 prefix (IPv4
/// addresses mapped into IPv6 count as IPv4). Anything unparsable counts as itself.
enum ClientAddress {
    static func throttleKey(_ address: String) -> String {
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, address, &v6) == 1 else { return address }
        let bytes = withUnsafeBytes(of: v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xff && bytes[11] == 0xff {
            return bytes[12...].map(String.init).joined(separator: ".")
        }
        return Hex.encode(bytes[0..<8]) + "/64"
    }
}
