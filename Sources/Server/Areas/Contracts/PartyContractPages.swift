import Ledger
import Registry

/// The contract as a party's member meets it: the text to sign, the parties by name and
/// who has signed, and a form to sign for each party the reader acts for — with the key
/// the node holds for the member, or with a signature made elsewhere over the statement
/// shown. Both run the operation `POST /api/v1/contracts/{id}/signatures` runs. Once the
/// contract is active, each milestone waiting for an attester the reader acts for has a
/// form to attest it the same two ways, running the operation of
/// `POST /api/v1/contracts/{id}/attestations`.
enum PartyContractPages {
    static func routes(node: Node, operations: ContractOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in
            try await page(context, layout, node: node, operations: operations, problem: problem)
        }
        return [
            PageRoutes.page("/my/contracts/{contract_id}", operationID: "partyContractPage",
                            summary: "A contract to read and sign for the parties the reader acts for", action: .readOwnContract,
                            access: .signedIn) { context, layout in
                try await render(context, layout, nil)
            },
            PageForm.route("/my/contracts/{contract_id}/signatures", operationID: "signContractFormSubmit",
                           summary: "Sign a contract for a party the reader acts for, with the node's custodial key or an uploaded signature",
                           running: operations.sign, render: render, input: { context, fields in
                               let contract = try await ContractRoutes.contract(context, node.contracts)
                               let party: PartyID = try PageFields.value(fields["party"], field: "party")
                               return .init(contract: contract, party: party, signature: try signature(fields), act: ())
                           }, then: { context, _ in "/my/contracts/\(try context.parameter("contract_id"))" }),
            PageForm.route("/my/contracts/{contract_id}/attestations", operationID: "attestMilestoneFormSubmit",
                           summary: "Attest a milestone for an attester the reader acts for, with the node's custodial key or an uploaded signature",
                           running: operations.attest, render: render, input: { context, fields in
                               let contract = try await ContractRoutes.contract(context, node.contracts)
                               let party: PartyID = try PageFields.value(fields["party"], field: "party")
                               return .init(contract: contract, party: party, signature: try signature(fields), act: fields["milestone"] ?? "")
                           }, then: { context, _ in "/my/contracts/\(try context.parameter("contract_id"))" }),
        ]
    }

    /// The signature made elsewhere that the form "with your own key" carries (the key's id
    /// and the signature in hex); none for the form that asks the node to sign with the
    /// member's custodial key.
    private static func signature(_ fields: [String: String]) throws -> PartySignature? {
        guard fields["with"] == "own-key" else { return nil }
        let keyID = fields["key_id"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let signature = fields["signature"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard let key = try? KeyID(hex: keyID) else { throw RegistryValidationError(field: "key_id", rule: .notAnID(.signingKey)) }
        guard let made = try? Ed25519Signature(hex: signature) else { throw RegistryValidationError(field: "signature", rule: .notASignature) }
        return PartySignature(keyID: key, signature: made)
    }

    private static func page(_ context: RequestContext, _ layout: PageLayout, node: Node, operations: ContractOperations,
                             problem: String?) async throws -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let contract = try await ContractRoutes.contract(context, node.contracts)
        let member = try await node.members.member(account: AccountID(unchecked: context.signedIn.accountID))
        let names = try await PartyNames.load(contract.signatories.flatMap { [$0.party.id.rawValue] + ($0.actingMember.map { [$0.rawValue] } ?? []) },
                                              node: node, layout: layout)
        let mine = contract.signatories.filter { signatory in
            signatory.signedSeq == nil && member != nil && (signatory.party.id.rawValue == member?.id.rawValue || signatory.actingMember == member?.id)
        }
        guard mine.isEmpty == false || contract.signatories.contains(where: {
            $0.party.id.rawValue == member?.id.rawValue || ($0.actingMember != nil && $0.actingMember == member?.id)
        }) else { throw APIError.notFound(detail: language(.notFound)) }
        var body: [HTML] = [
            layout.breadcrumbs([(language(.waitingActs), "/my/inbox")], here: language(contract.kind.phrase)),
            .tag("h1", [], .text("\(language(.contract)): \(language(contract.kind.phrase))")),
            .tag("p", [("class", "muted")], .text("\(language(.status)): \(language(contract.status.phrase))")),
            StaffContractPages.problemBeside(problem),
        ]
        if let project = contract.projectID, let found = try await node.projects.project(id: project) {
            body.append(.tag("p", [], .text("\(language(.project)): "), .tag("a", [("href", "/projects/\(project)")], .text(found.title))))
        }
        body += [
            .tag("h2", [], .text(language(.legalText))),
            .tag("pre", [("class", "legal-text")], .text(contract.legalText)),
            .tag("p", [("class", "muted")], .text("\(language(.legalTextHash)): "),
                 Identifier.shown(contract.terms.textSHA256.hex, language: language)),
        ]
        body += try await StaffContractPages.signatures(of: contract, node: node, format: format, names: names)
        let csrf = PageForm.csrfField(context)
        let holdsKey = if let member { (try? await node.memberKeys.custodialKey(of: member.id)) != nil } else { false }
        for signatory in mine {
            let party = signatory.party.id
            let statement = try? await operations.signStatement.run(context, .init(contract: contract, party: party, signature: nil, act: nil))
            let canonical = statement.flatMap { try? String(decoding: $0.canonicalBytes, as: UTF8.self) }
            body.append(.tag("h2", [], .text("\(language(.signFor)) \(names.name(party.rawValue))")))
            body += consentForms(action: "/my/contracts/\(contract.id)/signatures", hidden: [("party", party.rawValue)], holdsKey: holdsKey,
                                 statement: canonical, button: .signContractNow, csrf: csrf, language: language, suffix: party.rawValue)
        }
        let acting = contract.signatories.filter { signatory in
            member != nil && (signatory.party.id.rawValue == member?.id.rawValue || signatory.actingMember == member?.id)
        }
        var anchored = false
        for signatory in acting {
            let party = signatory.party.id
            for milestone in contract.state.milestonesAwaitingAttestation(by: party) {
                let statement = try? await operations.attestStatement.run(context, .init(contract: contract, party: party, signature: nil,
                                                                                         act: milestone))
                let heading = "\(language(.attestMilestone)) «\(milestone)» — \(names.name(party.rawValue))"
                body.append(.tag("h2", anchored ? [] : [("id", "attest")], .text(heading)))
                anchored = true
                body += consentForms(action: "/my/contracts/\(contract.id)/attestations", hidden: [("party", party.rawValue), ("milestone", milestone)],
                                     holdsKey: holdsKey, statement: statement.flatMap { try? String(decoding: $0.canonicalBytes, as: UTF8.self) },
                                     button: .attestMilestoneNow, csrf: csrf, language: language, suffix: "\(party)-\(milestone)")
            }
        }
        return layout.page(title: "\(language(.contract)) — Glocal", body: body)
    }

    /// The two ways to consent for a party: with the custodial key the node holds for the
    /// member (when it has one), or by uploading a signature made elsewhere over `statement`.
    private static func consentForms(action: String, hidden: [(String, String)], holdsKey: Bool, statement: String?, button: Phrase,
                                     csrf: [HTML], language: Language, suffix: String) -> [HTML] {
        let fields: [HTML] = hidden.map { .tag("input", [("type", "hidden"), ("name", $0.0), ("value", $0.1)]) }
        var forms: [HTML] = []
        if holdsKey {
            forms.append(.tag("form", [("method", "post"), ("action", action)], children: csrf + fields + [
                .tag("input", [("type", "hidden"), ("name", "with"), ("value", "node-key")]),
                .tag("p", [], .text(language(.signWithNodeKey))),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(button)))),
            ]))
        } else {
            forms.append(.tag("p", [("class", "notice")], .text(language(.noSigningKeyYet) + " "),
                              .tag("a", [("href", "/account#keys")], .text(language(.createSigningKey)))))
        }
        if let statement {
            forms.append(.tag("details", [], children: [
                .tag("summary", [], .text(language(.signOffline))),
                .tag("p", [], .text(language(.signOfflineHow))),
                .tag("pre", [], .text(statement)),
                .tag("pre", [], .text("openssl pkeyutl -sign -inkey member-key.pem -rawin -in statement.json | od -An -tx1 | tr -d ' \\n'")),
                .tag("form", [("method", "post"), ("action", action)], children: csrf + fields + [
                    .tag("input", [("type", "hidden"), ("name", "with"), ("value", "own-key")]),
                    .tag("label", [("for", "key_id-\(suffix)")], .text(language(.signingKeyID))),
                    .tag("input", [("id", "key_id-\(suffix)"), ("name", "key_id"), ("autocomplete", "off"), ("spellcheck", "false")]),
                    .tag("label", [("for", "signature-\(suffix)")], .text(language(.signatureHex))),
                    .tag("textarea", [("id", "signature-\(suffix)"), ("name", "signature"), ("rows", "3"), ("spellcheck", "false")]),
                    .tag("p", [], .tag("button", [("type", "submit")], .text(language(.uploadSignature)))),
                ]),
            ]))
        }
        return forms
    }
}
