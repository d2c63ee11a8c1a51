/// One file of an Open Cap Table Format export: its path inside the export and its exact bytes.
public struct OCFFile: Hashable, Sendable {
    public let path: String
    public let bytes: [UInt8]
}
