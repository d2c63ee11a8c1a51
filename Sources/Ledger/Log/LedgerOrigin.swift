/// The origin names one town's ledger in its checkpoints (e.g. `glocal.example/glazov`).
/// It is also the signed-note key name, so it must obey that grammar too.
public enum LedgerOrigin {
    public static func isValid(_ origin: String) -> Bool {
        let bytes = Array(origin.utf8)
        return (1...128).contains(bytes.count) && bytes.allSatisfy { $0 > 0x20 && $0 < 0x7f && $0 != UInt8(ascii: "+") }
    }
}
