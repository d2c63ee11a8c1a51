/// Every phrase the pages show, so that both catalogues cover the same words (a test
/// checks) and no page holds a string of its own.
public enum Phrase: String, Sendable, CaseIterable {
    case siteTitle, siteSubtitle, towns, town, region, population, directions, communities, projects, projectsByStage
    case atlasOfHappiness, indicators, maturityAudit, noFigures, leaderboard, teams, rank, team, total, judges, firstPlaces
    case awards, challenges, frozenBoard, liveBoard, language, otherLanguage, notFound, backHome, search, stage, noProjects
    case teamLeaderboard, townLeaderboard, score, sealed, events
    case ledger, ledgerSubtitle, entries, entry, kind, time, author, signatures, checkpoint, inclusionProof, previous, next
    case canonicalBytes, entryHash, treeSize, rootHash, verifyYourself
    case project, summary, direction, teamRoles, mvpPlan, adoptions, capTable, fullyDiluted, issuedUnits, holder, share
    case contracts, status, noneYet
    case searchTooLong
    case myProjects, myRole
    case investmentSession, agenda, pledged, accepted, pledge, amountRoubles, preMoneyRoubles, conditions, pledgeHint
    case accelerator, cohort, confirmedHours, certified, consultations, confirm, logConsultation, heldOn, hours, topic
    case waitingForMentor, waitingForLead
    case game, ideas, approvals, approve, withdrawApproval, selected, submitIdea, ideaTitle, ideaSummary, ideaDirection
    case ideaText, ideaTextHint, submit, yourTown
    case admissions, applicants, admit, noApplicants, memberAdmitted
    case conflictOwnTown, conflictOwnTeam, conflictMentor, conflictInvestor
    case scoringForm, assignedTeams, conflictsOfInterest, noConflicts, saveMarks, judgingClosed, notAJudge, progress
    case logIn, logOut, email, password, wrongLogin, tooManyLogins, loginFromAnotherSite, account, roles, signedInAs, signingKeys
    case searchRegistry, searchWords, searchIn, find, results, ipAssets, mentors, investors, practices, nothingFound
    case waitingActs, nothingWaits, waitingCount
    case criterion, criterionName, criterionWeight, criterionScale, challengeRules, judgesPerTeam, committeeChair, saveRules
    case teamName, registerTeam, member, addJudge, assignments, judge, assignJudges
    case doneEventAnnounced, doneRules, doneTeamRegistered, doneJudgeAdded, doneAssigned
    case saveProfile, profiles, publicProfile, weeklyHours, townsServed, investorKindLabel, ticketMinimum, ticketMaximum
    case investorDirections, facilitatorRecord, trainingCompletedOn, doneProfile
    case noSigningKeyYet, createSigningKey
    case capTableVisibility, capTableShownToPublic, visibilitySummary, visibilityHolders, visibilityFull, doneVisibility
    case newEvent, eventKind, eventTitle, startsOn, endsOn, eventTowns, announceEvent
    case signFor, signWithNodeKey, signContractNow, signOffline, signOfflineHow, signingKeyID, signatureHex, uploadSignature
    case pledges, projectsToWatch, withdrawPledge, acceptPledge, investor, pledgeForm, actions, tranche, milestone, attesters
    case attestersHint, pledgeEquity, pledgeTranches, pledgeStanding, pledgeWithdrawn
    case refusedInput, refusedConflict, refusedForbidden, refusedNotFound, refusedTooFast
    case eventDesk, eventDeskHint, dates, moveTo, sealResults, sealedEntry
    case statusDraft, statusOpen, statusRunning, statusClosed, statusSealed
    case staffContracts, contract, date, nextPage, party, role, weight, representative, proposeContract
    case proposeHint, legalText, townFund, townFundBasisPoints, termination, terminationByUnion
    case terminationByAllParties, legalTextHash, termsHash, signForUnion, balances, balance, outstandingCosts
    case distributions, event, amount, parts, reportCosts, reportRevenue, statements, operation, actingMember, signed
    case notSignedYet, parties, kindRevenueShare, kindMilestoneTranches, kindCrowdfunding, kindSubscription
    case kindOptionAgreement, contractProposed, contractActive, contractTerminated, lineCostRecovery, lineTownFundShare
    case lineHolderShare, linePledge, lineWithdrawal, lineRefund, lineRelease, lineCommitment, lineTranche
    case lineSubscription, lineLoyaltyReturn, lineDeveloperShare, lineLeftover, lineRevenueReported, lineTerminated
    case csvDesk, csvExports, csvImports, csvHint, csvText, importCSV, importedRows, importRefused, importLine
    case importField, importReason, registerMembers
    case staffProjects, publicPage, stageTimeline, created, shareClasses, shareClass, authorisedUnits, reservedUnits, holders
    case optionGrants, units, exercisePriceRoubles, vesting, vestedUnits, exercisedUnits, expiry, cliffMonths, totalMonths
    case milestoneVesting, finalStage, moveStage, newStage, grantOptions, grantee, grantDate, roundName, newShareClass
    case pricedRound, transferShares, transferFrom, transferTo, transferHint
    case myIdeas, depositReceipt, workspace, openWorkspace, addToTeam
    case removeFromTeam, addMilestone, ownerRole, dueOn, changeStatus
    case verifyReceipt, verifyIntro, receiptNumber, textToCompare, check, checksOut, doesNotCheckOut, receiptNotFound
    case contentHash, depositors, ledgerEntry, textMatches, textDiffers, certificate, certifiedOn
    case downloadCertificate, ipDeposits, apiTokens, tokenName, createToken, revoke, revoked, createdOn, tokenSecret
    case tokenSecretOnce, createCustodialKey, custodialKeyHint, backToAccount
    case desks, allProjectsAtStage
    case figuresAsTable, value, auditArea, breadcrumbs, teamMember, chooseMember
    case errorForbidden, errorForbiddenHint, errorNotFoundHint, errorTooMany, errorTooManyHint, errorInternal, errorInternalHint
    case errorOther, errorOtherHint, requestNumber
    case doneAcceptPledge, doneAddKey, doneAddMilestone, doneAdmit, doneConfirmConsultation, doneApprove, doneWithdrawApproval
    case doneIdea, doneMarks, doneLogConsultation, doneMilestoneStatus, doneEventStatus, doneGrant, donePledge, doneRound
    case doneStage, doneTeam, doneProposeContract, doneCosts, doneRevenue, doneRevokeToken, doneSignContract, doneTransfer
    case doneWithdrawPledge, doneSeal, copy
    case refuse, refusalReason, applicationRefused, doneRefuse
    case signUp, displayName, passwordHint, consentText, consentVersion, consentAgree, haveAccount, applyForMembership, membershipStatus, fullName, phone, rolesAsked, doneSignUp, doneApply, confirmEmail, confirmEmailLead, confirmEmailButton, doneConfirmEmail, pitchSlot, startsAtUTC, slotMinutes, saveAgenda, registerInvestor, doneAgenda, doneSessionInvestor, mailLanguage, indicator, indicatorValueHint, measuredOn, recordIndicator, doneRecordIndicator, attestMilestone, attestMilestoneNow, doneAttestMilestone, ifMentor, ifInvestor, competenciesHint, ticketFromRoubles, ticketToRoubles, motivation, applicationSays, people, peopleLead, everyTown, showList, facilitators, forgotPassword, forgotPasswordLead, sendResetLink, newPassword, newPasswordLead, saveNewPassword, askNewLink, doneAskPasswordReset, doneResetPassword, mailPasswordReset, emailNotConfirmed, emailConfirmed, mailOutbox, mailOutboxLead, recipient, mailSent, mailWaiting, attempts, lastError, mailKind, mailEmailConfirmation, mailMembershipAdmitted, mailMembershipRefused, mailContractToSign, unsubscribe, unsubscribeLead, unsubscribeButton, doneUnsubscribe, mailPreferences, mailPreferencesLead, doneMailPreferences, saveChoice, accounts, emailUnconfirmed, grantRole, revokeRole, doneGrantRole, doneRevokeRole, townsDesk, townsDeskLead, scoreOutOf100, auditedOn, recordAudit, doneRecordAudit, erasedAccount, joinUnion, createAccount, gameDesk, setUpEvent, gameNotSetUp, gameSettingsFixed, directionsHint, teamSizeLimit, selectionRule, selectionThreshold, selectionTop, selectionCount, commission, commissionMember, noFacilitatorsYet, saveSettings, doneGameSettings, participants, mySessions, mySessionsLead, notInFacilitatorRegistry, cohortDesk, cohortRule, requiredHours, requiredMilestones, confirmedHoursOf, needs, noMentorsYet, checkCertificate, noMentorProposals, proposedMentor, hoursLeft, confirmMentor, certifyProject, admitToCohort, noSelectedProjects, projectNeeds, admitProject, facilitationTraining, facilitationTrainingLead, recordTraining, trainingWhileRunning, nodeDesk, ledgerOrigin, checkpointLatest, databaseSize, nodeKeys, nodeKeysLead, nodeKey, registeredIn, signsNow, activeKey, publicKeyPEM, backups, backupsLead, backupFile, fileSize, takenAt, makeBackup, restoreHint, doneBackup, tlogProofLink, tiledLogLink, embedCard, openData, openDataLead, registers, feeds, newProjectsFeed, sealedResultsFeed, openDataReadAnywhere, doneAcceleratorSettings, doneAdmitCohortProject, doneMentorMatch, doneCertify, doneTraining
    case roadMap, roadMaps, roadMapsLead, roadMapLead, roadMapNotStarted, noRoadMapsYet, startRoadMap, roadMapStartsOn, startRoadMapHint, stepsDone, outOf, currentStep, until, roadMapOwner, plannedDates, plannedStart, plannedEnd, stepPlanned, stepUnderway, stepDone, stepLate, completedByEvent, ledgerRecord, evidence, changeStep, saveStep, depositEvidence, evidenceTitle, evidenceFile, evidenceHash, evidenceHashHint, today, stepMemorandum, stepCommitteeMeeting, stepChallengeOrder, stepMaturityAudit, stepCityGame, stepTestPlatform, stepAccelerator, stepUnionRegistration, stepInvestmentSession, stepChallengePreparation, stepChallenge, stepNextAccelerator, stepPlatformHandover, stepResultsMeeting, doneStartRoadMap, doneRoadMapStep, doneRoadMapEvidence
    case higherIsBetter, lowerIsBetter, newIndicator, newIndicatorLead, indicatorCode, indicatorName, indicatorEnglishName, unit, unitPerMille, unitKopecks, unitCount, goodDirection, minimumValue, maximumValue, defineIndicator, doneDefineIndicator
    case ledgerChangesFeed, ofOneKind, projectFeed
    case everywhere, townsAndCommunities, nothingFoundFor, showingFindsFor, allFinds
    case anyStage
    case unionNodes, unionNodesLead, noFollowedNodes, nodeAddress, entriesVerified, witnessesCosigned, mirrored, lastVerified, misbehaviourEvidence, fromNode, nodeUnreachable, nodeNotSigned, nodeSmallerThanMirrored, nodeForked, nodeInconsistent, nodeServedMalformed, otherTowns, otherNodesTowns, practice
    case entryNumber, witnessCosignatures
    case otherTownsPractices, otherTownsPracticesLead, adoptingTown, adoptPractice, practicesAdoptedFromOtherTowns, doneAdoptMirroredPractice
    case otherTownsEvents, notSealedYet, resultsMatchTheSeal, resultsDoNotMatchTheSeal
    case resultsNotReadYet
    case townsOfOtherNodesTakingPart, doneNominateTeam, otherNodesChallenges, otherNodesChallengesLead, ourTownsTakingPart, teamsNominatedFromHere, takenByTheHost, waitingForTheHost, nominateTeam, townsOfOtherNodes, teamsFromOtherNodes, nominationWaitsForRegistration, nominationTaken, nominationNoSuchChallenge, nominationRegistrationClosed, nominationTownNotTakingPart, nominationNameTaken, nameNotReadYet
    case stepsLate, computedIndicators, computedIndicatorsLead, noComputedFigures, investedInProjects, townFundRevenue, projectsAdoptedElsewhere, practicesAdoptedElsewhere, year, sourceEntries, andMore, compareTowns, compareTownsLead, audited, computed, noTownHasIt
    case organisation, person, mentorProfile, competencies, availability, perWeek, investorProfile, ticket
    case waitingForYou, askedBy, consentDeposit, consentSplit, signConsent, declineConsent, doneSignConsent, doneDeclineConsent
}
