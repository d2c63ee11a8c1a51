import Registry

/// CSV export and import of the registers, for Union staff working in spreadsheets.
/// Exports are plain downloads; imports check every row and write all or none, and
/// honour `Idempotency-Key`, since a retried members import would enter everyone twice.
enum CSVRoutes {
    /// Room for tens of thousands of rows.
    static let importBodyLimit = 5 * 1024 * 1024

    static func routes(node: Node, operations: CSVOperations) -> [Route] {
        let exports = RegisterKind.allCases.map { kind in
            Route(.get, "/api/v1/exports/\(kind.rawValue).csv", operationID: "export\(title(kind))CSV",
                  summary: "The \(kind.rawValue) as CSV (UTF-8 with BOM)", tag: "register", action: .exportRegister,
                  access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "CSVFile", responseContentType: "text/csv")) { _ in
                var response = HTTPResponse(contentType: "text/csv; charset=utf-8", body: try await node.exportCSV(kind))
                response.headers.set("Content-Disposition", "attachment; filename=\"\(kind.rawValue).csv\"")
                response.headers.set("Cache-Control", "no-store")
                return response
            }
        }
        let imports = RegisterKind.importable.map { kind in
            Route(.post, "/api/v1/imports/\(kind.rawValue)", running: operations.importing(kind),
                  summary: "Import \(kind.rawValue) from CSV, all rows or none", tag: "register",
                  access: .roles([.unionStaff]), bodyLimit: importBodyLimit, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CSVFile", requestContentType: "text/csv", response: "ImportReport",
                                                    query: [.init("dry_run", type: "boolean",
                                                                  description: "Check every row and report; write nothing.")],
                                                    errors: [.unsupportedMediaType, .contentTooLarge, .unprocessableContent]),
                  input: { context in
                      try requireCSV(context.request)
                      return .init(bytes: context.request.body, dryRun: try dryRun(QueryParameters(context.request)["dry_run"]))
                  },
                  respond: { report in
                      let view = CSVBodies.ImportReportView(report)
                      guard report.dryRun || report.problems.isEmpty else {
                          var response = try HTTPResponse.json(view.refused(), status: .unprocessableContent)
                          response.headers.set("Content-Type", "application/problem+json")
                          return response
                      }
                      return try .json(view)
                  })
        }
        return exports + imports
    }

    /// The import's report; a file that cannot be read as CSV at all is reported as the
    /// one problem on its line, and nothing is written.
    static func importReport(_ kind: RegisterKind, _ bytes: [UInt8], dryRun: Bool, node: Node) async throws -> ImportReport {
        do {
            return try await node.importCSV(kind, bytes, dryRun: dryRun)
        } catch let error as CSVError {
            return ImportReport(dryRun: dryRun, rows: 0, valid: 0,
                                problems: [ImportProblem(line: error.line, field: "file", rule: .unreadableCSV(error))],
                                written: false)
        }
    }

    /// "Cities", for operation ids.
    static func title(_ kind: RegisterKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }

    /// `text/csv`, in UTF-8 if a charset is named: a file saved as Windows-1251 is
    /// refused here rather than as invalid UTF-8 on some line.
    private static func requireCSV(_ request: HTTPRequest) throws(APIError) {
        let parts = (request.headers["Content-Type"] ?? "").split(separator: ";").map { $0.trimmingSpaces.lowercased() }
        let charset = parts.dropFirst().first { $0.hasPrefix("charset=") }?.dropFirst("charset=".count)
        guard parts.first == "text/csv", charset == nil || charset == "utf-8" || charset == "\"utf-8\"" else {
            throw .unsupportedMediaType(expected: "text/csv; charset=utf-8")
        }
    }

    private static func dryRun(_ text: String?) throws(APIError) -> Bool {
        switch text {
        case nil, "false": return false
        case "true": return true
        case let text?: throw .badRequest(detail: "dry_run must be true or false, not '\(text)'.")
        }
    }
}
