import Ledger
import Registry

/// The public check of a receipt: an IP deposit (`ipa_…`) or an accelerator certificate
/// (`evt_…/prj_…`). The page does what an outsider with the node's public key would do —
/// the checkpoint's signature, the entry's signature, the inclusion proof, and that the
/// signed entry states what the registry row says — and says in plain words whether it
/// checks out. A pasted text is compared with a deposit by its SHA-256; it is posted
/// in the form's body, so it never stands in an address, a history or a log.
struct VerifyPage {
    let node: Node
    let layout: PageLayout
    /// The CSRF field a signed-in reader's form carries.
    let csrf: [HTML]

    /// What the reader asked: a receipt (in a link's query or the form), and a text to
    /// compare (from the form only).
    struct Request {
        var receipt: String?
        var text: String?

        init(receipt: String?, text: String?) {
            self.receipt = receipt.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            self.text = text.flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    func render(_ request: Request) async throws -> HTML {
        let language = layout.language
        var body: [HTML] = [
            .tag("h1", [], .text(language(.verifyReceipt))),
            .tag("p", [("class", "muted")], .text(language(.verifyIntro))),
            form(request),
        ]
        if let receipt = request.receipt {
            if let found = try await check(receipt, text: request.text) {
                body += found
            } else {
                body.append(.tag("p", [("class", "verdict bad"), ("role", "alert")], .text(language(.receiptNotFound))))
            }
        }
        return layout.page(title: "\(language(.verifyReceipt)) — Glocal", body: body)
    }

    private func form(_ request: Request) -> HTML {
        let language = layout.language
        return .tag("form", [("method", "post"), ("action", "/verify")], children: csrf + [
            .tag("label", [("for", "receipt")], .text(language(.receiptNumber))),
            .tag("input", [("id", "receipt"), ("name", "receipt"), ("required", "required"), ("value", request.receipt ?? ""),
                           ("size", "72"), ("autocomplete", "off")]),
            .tag("label", [("for", "text")], .text(language(.textToCompare))),
            .tag("textarea", [("id", "text"), ("name", "text")], .text(request.text ?? "")),
            .tag("p", [], .tag("button", [("type", "submit")], .text(language(.check)))),
        ])
    }

    /// The receipt's sections, nil when there is no such receipt.
    private func check(_ receipt: String, text: String?) async throws -> [HTML]? {
        if let id = IPAssetID(rawValue: receipt) {
            guard let asset = try await node.ipAssets.asset(id: id) else { return nil }
            return try await deposit(asset, text: text)
        }
        let parts = receipt.split(separator: "/").map(String.init)
        guard parts.count == 2, let cohort = EventID(rawValue: parts[0]), let project = ProjectID(rawValue: parts[1]) else { return nil }
        do {
            return try await certificate(try await node.accelerators.certificate(for: project, in: cohort))
        } catch is RegistryNotFound {
            return nil
        }
    }

    private func deposit(_ asset: IPAsset, text: String?) async throws -> [HTML] {
        let language = layout.language
        let names = try await PartyNames.load(asset.holders.map(\.memberID.rawValue), node: node, layout: layout)
        let format = PageFormat(language: language)
        let receipt = try await node.ipAssets.receipt(for: asset.id)
        let problem: String?
        do {
            try receipt.verify(nodeKey: node.ledger.nodeKey.publicKey)
            let payload = receipt.entry.entry.payload
            if receipt.entry.entry.kind.name != "ip.deposit" || payload["asset_id"]?.stringValue != asset.id.rawValue {
                problem = "the signed entry is not this asset's deposit"
            } else if payload["content_sha256"]?.stringValue != asset.contentSHA256.hex {
                problem = "the registry's content hash differs from the signed entry's"
            } else {
                problem = nil
            }
        } catch let invalid as ReceiptInvalid {
            problem = invalid.reason
        }
        var sections: [HTML] = [
            verdict(problem),
            .tag("h2", [], .text("\(language(.depositReceipt)): \(asset.title)")),
            .tag("dl", [], children: [
                .tag("dt", [], .text(language(.contentHash))), .tag("dd", [], .tag("code", [], .text(asset.contentSHA256.hex))),
                .tag("dt", [], .text(language(.depositors))),
                .tag("dd", [], .text(asset.holders.map { "\(names.name($0.memberID)) (\(format.decimal(Double($0.units.value) / 100))\u{00A0}%)" }
                    .joined(separator: ", "))),
                .tag("dt", [], .text(language(.time))), .tag("dd", [], .text(receipt.entry.entry.time.rfc3339)),
            ] + ledgerFacts(receipt.entry, receipt.proof)),
        ]
        if let text {
            let matches = SHA256.hash(Array(text.utf8)) == asset.contentSHA256
            sections.insert(.tag("p", [("class", matches ? "verdict" : "verdict bad"), ("role", "status")],
                                 .text(language(matches ? .textMatches : .textDiffers))), at: 1)
        }
        return sections + proof(receipt.proof, checkpoint: receipt.checkpoint)
    }

    private func certificate(_ certificate: AcceleratorCertificate) async throws -> [HTML] {
        let language = layout.language
        let format = PageFormat(language: language)
        let problem: String?
        do {
            try AcceleratorCertificate.verify(document: try certificate.document(), nodeKey: node.ledger.nodeKey.publicKey)
            problem = nil
        } catch let invalid as ReceiptInvalid {
            problem = invalid.reason
        }
        let receipt = certificate.receipt
        let title = try await node.projects.project(id: certificate.projectID)?.title ?? certificate.projectID.rawValue
        let download = "/api/v1/accelerators/\(certificate.cohortID)/projects/\(certificate.projectID)/certificate"
        return [
            verdict(problem),
            .tag("h2", [], .text("\(language(.certificate)): \(title)")),
            .tag("dl", [], children: [
                .tag("dt", [], .text(language(.project))),
                .tag("dd", [], .tag("a", [("href", "/projects/\(certificate.projectID)")], .text(title))),
                .tag("dt", [], .text(language(.accelerator))),
                .tag("dd", [], .tag("a", [("href", "/accelerators/\(certificate.cohortID)")], .text(certificate.cohortID.rawValue))),
                .tag("dt", [], .text(language(.hours))), .tag("dd", [], .text(String(certificate.hours))),
                .tag("dt", [], .text(language(.certifiedOn))), .tag("dd", [], .text(format.date(certificate.certifiedOn))),
            ] + ledgerFacts(receipt.entry, receipt.proof)),
            .tag("p", [], .tag("a", [("href", download)], .text(language(.downloadCertificate)))),
        ] + proof(receipt.proof, checkpoint: receipt.checkpoint)
    }

    private func verdict(_ problem: String?) -> HTML {
        guard let problem else { return .tag("p", [("class", "verdict"), ("role", "status")], .text(layout.language(.checksOut))) }
        return .tag("p", [("class", "verdict bad"), ("role", "alert")], .text("\(layout.language(.doesNotCheckOut)): \(problem)"))
    }

    private func ledgerFacts(_ entry: SignedEntry, _ proof: InclusionProof) -> [HTML] {
        let language = layout.language
        return [
            .tag("dt", [], .text(language(.ledgerEntry))),
            .tag("dd", [], .tag("a", [("href", "/ledger/\(entry.entry.seq)")], .text("№ \(entry.entry.seq) · \(entry.entry.kind.name)"))),
            .tag("dt", [], .text(language(.entryHash))), .tag("dd", [], .tag("code", [], .text(entry.hash.hex))),
            .tag("dt", [], .text(language(.treeSize))), .tag("dd", [], .text(String(proof.treeSize))),
        ]
    }

    private func proof(_ proof: InclusionProof, checkpoint: SignedCheckpoint) -> [HTML] {
        let language = layout.language
        return [
            .tag("h2", [], .text(language(.inclusionProof))),
            proof.hashes.isEmpty ? .tag("p", [("class", "muted")], .text("—"))
                : .tag("ol", [], children: proof.hashes.map { .tag("li", [], .tag("code", [], .text($0.hex))) }),
            .tag("h2", [], .text(language(.checkpoint))),
            .tag("pre", [], .text(checkpoint.serialized())),
            .tag("p", [("class", "muted")], .text(language(.verifyYourself))),
        ]
    }
}
