import CairnCore
import CairnServices
import Hummingbird

/// Reads list query parameters: `q`, `sort`, `limit`, `cursor`; every other parameter is an equality filter.
enum ListParameters {
    static func parse(_ parameters: Parameters) throws -> ListRequest {
        var request = ListRequest()
        var errors: [FieldError] = []
        for (key, value) in parameters {
            let name = String(key)
            let text = String(value)
            switch name {
            case "q": request.search = text
            case "sort": request.sort = text
            case "cursor": request.cursor = text
            case "limit":
                if let limit = Int(text) {
                    request.limit = limit
                } else {
                    errors.append(FieldError(field: "limit", code: .invalidType, parameters: ["expected": "number"]))
                }
            default: request.filters[name] = text
            }
        }
        if !errors.isEmpty { throw APIError.service(.invalidQuery(errors)) }
        return request
    }
}
