import Ledger
import Registry

/// The ledger as a tiled transparency log (C2SP tlog-tiles) under `/log/`: the checkpoint
/// the node signed last with the cosignatures its witnesses gave it, tiles of Merkle tree hashes and bundles of entries, static
/// resources any HTTP cache can keep and any tlog client can verify. Tiles never change,
/// so they may be kept for a year; the checkpoint moves, so it is kept for seconds. Entry
/// bundles are sent gzip-compressed to a client that accepts it, as the spec asks.
enum LogTileRoutes {
    static let prefix = "/log"

    static func routes(database: RegistryDatabase) -> [Route] {
        [
            Route(.get, prefix + "/checkpoint", operationID: "getLogCheckpoint",
                  summary: "The checkpoint the node signed last: a C2SP signed note of the log's size and root hash", tag: "ledger",
                  action: .readLedger, access: .anyone,
                  documentation: RouteDocumentation(responseContentType: "text/plain", errors: [.notFound])) { _ in
                guard let note = try await database.read({ connection -> SignedNote? in
                    guard let checkpoint = try LedgerRecords(connection).latestCheckpoint() else { return nil }
                    return checkpoint.note.adding(try LogWitnesses.cosignatures(size: checkpoint.checkpoint.size, connection))
                }) else {
                    throw APIError.notFound(detail: "The node has signed no checkpoint yet.")
                }
                var response = HTTPResponse.text(note.serialized())
                response.headers.set("Cache-Control", "public, max-age=2")
                return response
            },
            Route(.get, prefix + "/tile/{tile_path...}", operationID: "getLogTile",
                  summary: "A tile of tree hashes (`<L>/<N>[.p/<W>]`) or an entry bundle (`entries/<N>[.p/<W>]`), as C2SP tlog-tiles defines them",
                  tag: "ledger", action: .readLedger, access: .anyone,
                  documentation: RouteDocumentation(responseContentType: "application/octet-stream", errors: [.notFound])) { context in
                let notFound = APIError.notFound(detail: "No such tile: the path is not a tile's, or the log does not hold all it covers yet.")
                guard let path = TilePath(("tile/" + (try context.parameter("tile_path")))[...]),
                      let bytes = try await database.read({ try LedgerRecords($0).tile(path) }) else { throw notFound }
                // Entry bundles are JSON text and shrink several times over; hash tiles do not.
                let compressed = path.kind == .entries && Gzip.isAccepted(by: context.request.headers["Accept-Encoding"])
                var response = HTTPResponse(contentType: "application/octet-stream", body: compressed ? Gzip.compress(bytes) : bytes)
                if compressed { response.headers.set("Content-Encoding", "gzip") }
                if path.kind == .entries { response.headers.set("Vary", "Accept-Encoding") }
                response.headers.set("Cache-Control", "public, max-age=31536000, immutable")
                return response
            },
        ]
    }
}
