import CairnCore
import CairnServices
import Foundation
import Hummingbird

/// Reads request bodies as JSON objects and decodes them into core types, turning decoding failures into
/// field errors that name the field and what was expected.
enum JSONBody {
    /// Largest accepted body.
    static let maximumBytes = 1_048_576

    /// The body as a JSON object.
    static func object(from request: Request) async throws -> [String: Any] {
        if let type = request.headers[.contentType], !type.lowercased().contains("json") {
            throw APIError.unsupportedMediaType
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumBytes)
        } catch {
            throw APIError.payloadTooLarge(maximumBytes: maximumBytes)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any] else {
            throw APIError.malformedJSON
        }
        return object
    }

    /// Decodes a value from a JSON object, with field-named errors.
    static func decode<T: Decodable>(_ type: T.Type, from object: [String: Any]) throws -> T {
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            return try RecordJSON.decoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw APIError.service(.validation([fieldError(for: error)]))
        } catch let failure as ValidationFailure {
            throw APIError.service(.validation(failure.errors))
        }
    }

    /// A required string member, or a field error.
    static func string(_ key: String, in object: [String: Any], errors: inout [FieldError]) -> String {
        switch object[key] {
        case let value as String: return value
        case nil, is NSNull: errors.append(FieldError(field: key, code: .required))
        default: errors.append(FieldError(field: key, code: .invalidType, parameters: ["expected": "string"]))
        }
        return ""
    }

    /// An optional string member (absent or null is nil), or a field error when it has another type.
    static func optionalString(_ key: String, in object: [String: Any], errors: inout [FieldError]) -> String? {
        switch object[key] {
        case nil, is NSNull: return nil
        case let value as String: return value
        default:
            errors.append(FieldError(field: key, code: .invalidType, parameters: ["expected": "string"]))
            return nil
        }
    }

    static func fieldError(for error: DecodingError) -> FieldError {
        func path(_ context: DecodingError.Context, extra: (any CodingKey)? = nil) -> String {
            let keys = context.codingPath + (extra.map { [$0] } ?? [])
            return keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return FieldError(field: path(context), code: .invalidType, parameters: ["expected": expectedName(type)])
        case .valueNotFound(_, let context):
            return FieldError(field: path(context), code: .required)
        case .keyNotFound(let key, let context):
            return FieldError(field: path(context, extra: key), code: .required)
        case .dataCorrupted(let context):
            let field = path(context)
            if context.debugDescription == RecordJSON.dateProblem {
                return FieldError(field: field, code: .invalidDate, parameters: ["format": "2026-11-23T09:30:00Z"])
            }
            if field.hasSuffix("amount") || field.hasPrefix("amount") {
                return FieldError(field: field, code: .invalidMoney)
            }
            return FieldError(field: field, code: .invalidValue)
        @unknown default:
            return FieldError(field: "body", code: .invalidValue)
        }
    }

    private static func expectedName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Int.Type, is Double.Type, is Decimal.Type: "number"
        case is Bool.Type: "boolean"
        case is [String].Type, is [Any].Type: "array"
        default: "object"
        }
    }
}
