import Ledger
import Registry

/// This node as a witness of other towns' logs over HTTP (C2SP tlog-witness):
/// `add-checkpoint` takes a checkpoint with a consistency proof from the one it cosigned
/// last and answers its cosignature, with the statuses the protocol defines.
enum WitnessRoutes {
    static let prefix = "/witness"
    static let bodyLimit = 16 * 1024

    static func routes(witnessing: Witnessing) -> [Route] {
        [
            Route(.post, prefix + "/add-checkpoint", operationID: "addCheckpoint",
                  summary: "Ask this node, as a witness, to cosign a checkpoint of a log it follows (C2SP tlog-witness)",
                  tag: "ledger", action: .witnessCheckpoint, access: .anyone, bodyLimit: bodyLimit,
                  documentation: RouteDocumentation(request: "AddCheckpointRequest", requestContentType: "text/plain",
                                                    responseContentType: "text/plain",
                                                    errors: [.badRequest, .forbidden, .notFound, .conflict, .unprocessableContent])) { context in
                do {
                    let cosignatures = try await witnessing.addCheckpoint(String(decoding: context.request.body, as: UTF8.self))
                    return .text(cosignatures.map(\.line).joined())
                } catch let refusal as WitnessRefusal {
                    switch refusal {
                    case let .oldSizeIsNotTheLatest(latest):
                        return HTTPResponse(status: .conflict, contentType: "text/x.tlog.size", body: Array("\(latest)\n".utf8))
                    case .malformed, .oldSizeBeyondCheckpoint: throw APIError.badRequest(detail: refusal.description)
                    case .unknownOrigin: throw APIError.notFound(detail: refusal.description)
                    case .notSignedByTheLog: throw APIError.forbidden(detail: refusal.description)
                    case .fork: throw APIError.conflict(detail: refusal.description)
                    case .inconsistent: throw APIError.validation([.init(pointer: "/", detail: refusal.description)])
                    }
                }
            },
        ]
    }
}
