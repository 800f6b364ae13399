import CairnCore
import CairnMatching
import CairnServices

/// An existing record a new one looks like, as the API tells it: where it is, how close, and why in words.
struct DuplicateBody: Encodable {
    /// One reason, with its stable code and its sentence in the reader's language.
    struct Reason: Encodable {
        var code: String
        var message: String
    }

    var kind: String
    var id: String
    var name: String
    var url: String
    var score: Double
    var blocks: Bool
    var reasons: [Reason]

    init(_ match: DuplicateMatch, language: Language) {
        kind = match.kind.rawValue
        id = match.id
        name = match.name
        url = "/api/v1/\(match.kind.plural)/\(match.id)"
        score = (match.score * 10).rounded() / 10
        blocks = match.blocks
        reasons = match.reasons.map { Reason(code: $0.key, message: MessageCatalog.text($0.key, language, $0.parameters)) }
    }
}

/// What the duplicate check of a record answers.
struct DuplicateCheckBody: Encodable {
    var blocks: Bool
    var duplicates: [DuplicateBody]
    var hiddenDuplicates: Int

    init(_ findings: DuplicateFindings, language: Language) {
        blocks = findings.blocks
        duplicates = findings.visible.map { DuplicateBody($0, language: language) }
        hiddenDuplicates = findings.hiddenCount
    }
}
