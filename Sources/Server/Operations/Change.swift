/// The input of an act on one record: the record, loaded before the policy decides (its
/// owner, lead or holders are the resource), and what the act sets on it or adds to it.
struct Change<Record: Sendable, Value: Sendable>: Sendable {
    let record: Record
    let value: Value
}
