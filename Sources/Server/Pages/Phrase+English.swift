extension Phrase {
    /// The English catalogue, the interface's second language.
    static let english: [Phrase: String] = [
        .siteTitle: "Glocal — the Smart-City Union's registry",
        .siteSubtitle: "Towns' projects, intellectual property, mentors and investors — and a ledger anyone can verify.",
        .towns: "Towns", .town: "Town", .region: "Region", .population: "Population", .directions: "Directions",
        .communities: "Communities", .projects: "Projects", .projectsByStage: "Projects by stage",
        .atlasOfHappiness: "Atlas of Happiness", .indicators: "Indicators", .maturityAudit: "Maturity audit",
        .noFigures: "No figures yet.", .leaderboard: "Leaderboard", .teams: "Teams", .rank: "Rank",
        .team: "Team", .total: "Total", .judges: "Judges", .firstPlaces: "First places", .awards: "Awards",
        .challenges: "Glocal City Challenge", .frozenBoard: "The board is frozen until the results are announced.",
        .liveBoard: "The board updates itself.", .language: "Language", .otherLanguage: "Русский",
        .notFound: "There is no such page.", .backHome: "Home", .search: "Search", .stage: "Stage",
        .noProjects: "No projects yet.", .teamLeaderboard: "Teams", .townLeaderboard: "Towns", .score: "Score",
        .sealed: "The results are sealed in the ledger.", .events: "Events",
        .incomeGrowth: "Income growth, ‰", .assetGrowth: "Asset growth, ‰", .leisureSpentInTownShare: "Leisure spent in town, ‰",
        .residentsLeaving: "Residents leaving", .youngReturning: "Young people returning", .localInvestment: "Local investment",
        .familyMicrobusinesses: "Family micro-businesses",
        .ledger: "Ledger", .ledgerSubtitle: "Every entry is signed by the Union's node and chained to the one before; anyone can check.",
        .entries: "Entries", .entry: "Entry", .kind: "Kind", .time: "Time", .author: "Author (key)", .signatures: "Signatures",
        .checkpoint: "Checkpoint", .inclusionProof: "Inclusion proof", .previous: "Earlier", .next: "Later",
        .canonicalBytes: "Canonical entry (RFC 8785)", .entryHash: "Entry hash", .treeSize: "Tree size", .rootHash: "Root hash",
        .project: "Project", .summary: "About", .direction: "Direction", .teamRoles: "Team", .mvpPlan: "MVP plan",
        .adoptions: "Adopted by other towns", .capTable: "Cap table", .fullyDiluted: "Fully diluted",
        .issuedUnits: "Units issued", .holder: "Holder", .share: "Share", .contracts: "Smart contracts",
        .status: "Status", .noneYet: "None yet.",
        .verifyYourself: "Check it yourself: SHA-256(0x00 ‖ entry) is the tree leaf; with the inclusion proof it gives the root signed in the checkpoint.",
    ]
}
