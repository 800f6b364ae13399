import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// The JSON API of one kind of record: create, read, PATCH (JSON merge patch guarded by If-Match), soft delete, list.
struct RecordController<Fields: ManagedRecord> {
    let service: RecordService<Fields>

    /// Keys that belong to the system, not the user: ignored in bodies.
    static var systemKeys: Set<String> {
        ["id", "version", "teamId", "createdAt", "createdBy", "updatedAt", "updatedBy", "deletedAt"]
    }

    func addRoutes(to group: RouterGroup<SignedInContext>) {
        let path = RouterPath(stringLiteral: Fields.kind.plural)
        group.post(path, use: create)
        if Fields.matchRow != nil {
            group.post("\(Fields.kind.plural)/duplicate-check", use: checkDuplicates)
        }
        group.get(path, use: list)
        group.get("\(Fields.kind.plural)/{id}", use: read)
        group.patch("\(Fields.kind.plural)/{id}", use: update)
        group.delete("\(Fields.kind.plural)/{id}", use: delete)
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let object = try await JSONBody.object(from: request)
        let ownerId = try Self.ownerId(in: object)
        let fields = try JSONBody.decode(Fields.self, from: object.filter { !Self.systemKeys.contains($0.key) })
        let policy: DuplicatePolicy = try Self.allowsDuplicates(request) ? .override : .refuseBlocking
        let record = try await service.createChecked(fields, ownerId: ownerId, by: actor, duplicates: policy).record
        return Self.recordResponse(record, status: .created)
    }

    /// The existing records a record would look like if it were created now (nothing is stored).
    @Sendable func checkDuplicates(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let object = try await JSONBody.object(from: request)
        let fields = try JSONBody.decode(Fields.self, from: object.filter { !Self.systemKeys.contains($0.key) })
        let findings = try await service.duplicates(of: fields, by: actor)
        let language = Language.preferred(fromAcceptLanguage: request.headers[.acceptLanguage])
        return try JSONResponse.make(DuplicateCheckBody(findings, language: language))
    }

    /// `?allowDuplicates=true` creates or saves over blocking duplicates (with the override right, audited).
    static func allowsDuplicates(_ request: Request) throws -> Bool {
        switch request.uri.queryParameters["allowDuplicates"].map(String.init) {
        case nil, "false": return false
        case "true": return true
        default:
            throw ServiceError.invalidQuery([
                FieldError(field: "allowDuplicates", code: .invalidChoice, parameters: ["allowed": "true, false"])
            ])
        }
    }

    @Sendable func read(_ request: Request, context: SignedInContext) async throws -> Response {
        let record = try await service.get(try context.parameters.require("id"), by: context.actor)
        return Self.recordResponse(record)
    }

    @Sendable func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let id = try context.parameters.require("id")
        let expectedVersion = try IfMatch.required(request)
        let patch = try await JSONBody.object(from: request)
        let ownerId = try Self.ownerId(in: patch)
        let changes = try JSONSerialization.data(
            withJSONObject: patch.filter { !Self.systemKeys.contains($0.key) && $0.key != "ownerId" })
        let policy: DuplicatePolicy = try Self.allowsDuplicates(request) ? .override : .refuseBlocking
        let record = try await service.update(
            id, expectedVersion: expectedVersion, ownerId: ownerId, by: actor, duplicates: policy
        ) { try Self.merge(changes, onto: $0) }
        return Self.recordResponse(record)
    }

    @Sendable func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let expectedVersion = try IfMatch.required(request)
        try await service.delete(try context.parameters.require("id"), expectedVersion: expectedVersion, by: actor)
        return Response(status: .noContent)
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let actor = context.actor
        let listRequest = try ListParameters.parse(request.uri.queryParameters)
        let page = try await service.list(listRequest, by: actor)
        let cursor = page.next.map { PageCursor.encode($0, sort: listRequest.effectiveSort) }
        return JSONResponse.page(page.items, nextCursor: cursor)
    }

    static func recordResponse(_ record: Stored<Fields>, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [.eTag: JSONResponse.etag(version: record.meta.version)]
        if status == .created {
            headers[.location] = "/api/v1/\(Fields.kind.plural)/\(record.id)"
        }
        return JSONResponse.record(record, status: status, headers: headers)
    }

    /// Applies a JSON merge patch (RFC 7396) to the current fields: present keys replace, null clears a member that
    /// may be null.
    static func merge(_ patchJSON: Data, onto fields: Fields) throws -> Fields {
        let currentData = try RecordJSON.sharedEncoder.encode(fields)
        guard var object = try JSONSerialization.jsonObject(with: currentData) as? [String: Any],
            let patch = try JSONSerialization.jsonObject(with: patchJSON) as? [String: Any]
        else {
            throw APIError.malformedJSON
        }
        // Null stays null: a member that may be null is cleared, one that may not is refused by the decoder.
        for (key, value) in patch { object[key] = value }
        return try JSONBody.decode(Fields.self, from: object)
    }

    static func ownerId(in object: [String: Any]) throws -> String? {
        switch object["ownerId"] {
        case nil, is NSNull: return nil
        case let id as String: return id
        default:
            throw APIError.service(
                .validation([FieldError(field: "ownerId", code: .invalidType, parameters: ["expected": "string"])]))
        }
    }
}
