import Registry

/// The JSON bodies of the community operations.
enum CommunityBodies {
    struct CommunityView: Encodable {
        let id: String
        let kind: String
        let name: String
        let cityId: String?
        let memberIds: [String]
        let createdAt: String

        init(_ community: Community) {
            id = community.id.rawValue
            kind = community.kind.rawValue
            name = community.name
            cityId = community.cityID?.rawValue
            memberIds = community.memberIDs.map(\.rawValue)
            createdAt = community.createdAt.rfc3339
        }
    }

    struct CreateCommunityRequest: Decodable {
        let kind: CommunityKind
        let name: String
        let cityId: CityID?
    }

    struct AddMemberRequest: Decodable {
        let memberId: MemberID
    }
}
