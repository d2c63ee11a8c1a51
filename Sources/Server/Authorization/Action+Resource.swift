extension Action {
    /// Whether the policy can decide this action only with the resource it concerns (the
    /// project, the pledge, the member...). The route's gate lets a signed-in caller in,
    /// and the operation decides with the resource; asked without one, the policy refuses.
    public var concernsResource: Bool {
        switch self {
        case .revokeAPIToken, .depositIPAsset, .assignIPAsset, .licenseIPAsset, .readIPConsentRequest, .signIPConsentRequest,
             .declineIPConsentRequest, .readMemberPersonalData, .eraseMember,
             .createProject, .editProject, .setProjectTeam, .planProject, .editProfile, .readUnlistedProfile, .addMemberKey,
             .markChallenge, .decideChallengeTie, .signContract, .attestMilestone, .pledgeToContract, .registerForGame,
             .submitIdea, .formTeam, .approveIdea, .logConsultation, .confirmConsultation, .registerInvestor,
             .pledgeInvestment, .acceptPledge, .readPledgeConditions, .readFullCapTable, .setCapTableVisibility,
             .readOwnCapTablePosition, .exerciseOption, .attestVestingMilestone, .transferShares:
            return true
        case .reachUnroutedPath, .readHealth, .readAPIDocument, .readMetrics, .logIn, .logOut, .readOwnAccount, .readOwnWaitingActs, .readOwnContract,
             .listOwnAPITokens, .createAPIToken, .createAccount, .signUp, .confirmEmail, .askPasswordReset, .resetPassword, .readMailOutbox, .readNode, .backUpNode, .readLedger, .witnessCheckpoint, .listAccounts, .setOwnMailPreferences, .unsubscribeMail, .readAccount, .grantRole, .revokeRole, .readCities,
             .registerCity, .applyForMembership, .readMember, .listMembers, .decideMembership, .setMemberRoles,
             .exportRegister, .importRegister, .readIPAssets, .readIPConsentRequests, .readPractices, .reportPractice, .recordPracticeAdoption,
             .readProjects, .moveProjectStage, .recordAdoption, .readCommunities, .createCommunity,
             .changeCommunityMembers, .readProfiles, .readCityProfiles, .recordCityProfile, .keepRoadMap, .readMemberKeys, .readEvents,
             .manageEvents, .readCapTable, .recordCapTableEvent, .readChallenges, .readPages, .runChallenge,
             .readOwnJudging, .readLiveChallenge, .readContracts, .proposeContract, .reportContractMoney, .endContract,
             .readInvestmentSessions, .runInvestmentSession:
            return false
        }
    }
}
