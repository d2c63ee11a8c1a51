import Registry

/// The acts on the register of members run alike by the JSON routes and the admissions
/// desk: Union staff decide a membership; the member itself or staff erase its personal data.
struct MemberOperations: Sendable {
    let apply: Operation<MemberApplication, Member>
    let decide: Operation<Change<Member, MembershipStatus>, Member>
    /// An application refused, with the reason the applicant reads.
    let refuse: Operation<Change<Member, String>, Member>
    let erase: Operation<Member, Member>

    init(members: Members) {
        apply = Operation("applyForMembership", action: .applyForMembership) { _, application in
            try await members.apply(application)
        }
        decide = Operation("decideMembership", action: .decideMembership) { _, change in
            try await members.setStatus(change.value, of: change.record.id)
        }
        refuse = Operation("refuseMembership", action: .decideMembership) { _, change in
            try await members.refuse(change.record.id, reason: change.value)
        }
        erase = Operation("eraseMember", action: .eraseMember, resource: { _, member in
            .ownedBy(accountID: member.accountID?.rawValue ?? "")
        }, perform: { _, member in
            try await members.erase(member.id)
        })
    }
}
