/// What sort of intangible asset is deposited; the kinds the Union registers for the
/// projects it accelerates.
public enum IPAssetKind: String, Sendable, Hashable, CaseIterable, RegistryCode {
    case idea
    case software
    case design
    case database
    case trademark
    case knowHow = "know_how"
}
