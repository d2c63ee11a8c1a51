/// Where a step of a town's road map stands. Staff move it either way (a step marked
/// done by mistake goes back); sealing the event that completes a step marks it done.
public enum RoadMapStatus: String, Sendable, Hashable, CaseIterable, RegistryCode {
    case planned
    case underway
    case done
}
