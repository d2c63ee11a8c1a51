import Registry

/// The knowledge base of proven practices: public to read; Union staff enter what towns
/// report and which towns adopt a practice.
public enum PracticeRoutes {
    static let textBody = 64 * 1024
    static let listQuery = PageDocumentation.searchable + [
        RouteDocumentation.QueryParameter("city_id", type: "string", description: "Only practices this town reported."),
    ]

    public static func routes(practices: Practices) -> [Route] {
        [
            Route(.get, "/api/v1/practices", operationID: "listPractices",
                  summary: "Proven practices, optionally of one town and searched; in reporting order without a search",
                  tag: "practices", action: .readPractices, access: .anyone,
                  documentation: RouteDocumentation(response: "PracticePage", query: listQuery)) { context in
                let city = try QueryParameters(context.request).value("city_id", as: CityID.self)
                let page = try await practices.practices(
                    cityID: city, matching: try context.request.searchQuery(),
                    page: try context.request.pageRequest())
                return try .json(Page.from(page, view: PracticeBodies.PracticeView.init))
            },
            Route(.post, "/api/v1/practices", operationID: "reportPractice", summary: "Report a town's proven practice",
                  tag: "practices", action: .reportPractice, access: .roles([.unionStaff]), bodyLimit: textBody,
                  idempotentCreate: true,
                  documentation: RouteDocumentation(request: "ReportPracticeRequest", response: "Practice",
                                                    success: .created)) { context in
                let body = try JSONBodyDecoder.decode(PracticeBodies.ReportRequest.self, from: context.request)
                let report = PracticeReport(title: body.title, summary: body.what, cityID: body.cityId,
                                            results: body.results,
                                            reportedOn: body.reportedOn)
                return try await IdempotentAnswer.respond(with: { try .json(PracticeBodies.PracticeView($0), status: .created) }) {
                    try await practices.report(report)
                }
            },
            Route(.get, "/api/v1/practices/{practice_id}", operationID: "getPractice", summary: "A practice",
                  tag: "practices", action: .readPractices, access: .anyone,
                  documentation: RouteDocumentation(response: "Practice", errors: [.notFound])) { context in
                try .json(PracticeBodies.PracticeView(try await practice(context, practices)))
            },
            Route(.post, "/api/v1/practices/{practice_id}/adoptions", operationID: "recordPracticeAdoption",
                  summary: "Record that another city adopted the practice", tag: "practices",
                  action: .recordPracticeAdoption, access: .roles([.unionStaff]), bodyLimit: 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "PracticeAdoptionRequest", response: "PracticeAdoption",
                                                    success: .created, errors: [.notFound, .conflict])) { context in
                let body = try JSONBodyDecoder.decode(PracticeBodies.AdoptionRequest.self, from: context.request)
                let found = try await practice(context, practices)
                return try await IdempotentAnswer.respond(with: { try .json(PracticeBodies.AdoptionView($0), status: .created) }) {
                    try await practices.adopt(found.id, in: body.cityId)
                }
            },
        ]
    }

    private static func practice(_ context: RequestContext, _ practices: Practices) async throws -> Practice {
        try await context.record("practice_id", notFound: "No such practice.") { try await practices.practice(id: $0) }
    }
}
