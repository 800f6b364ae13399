import Foundation

/// An opportunity (商机): a deal being worked, moving through a pipeline's stages.
public struct OpportunityFields: RecordFields {
    public static let kind = RecordKind.opportunity

    /// The account the deal is with.
    public var accountId: String
    /// The main contact.
    public var contactId: String?
    /// What is being sold.
    public var name: String
    /// Expected value.
    public var amount: Money
    /// The pipeline the deal follows.
    public var pipelineId: String
    /// The current stage key.
    public var stage: StageKey
    /// Win probability of the current stage, in percent; set from the pipeline, not by users.
    public var probability: Int
    /// Expected close date, `YYYY-MM-DD`.
    public var expectedCloseDate: String?
    /// Why it was lost (required in a lost stage).
    public var lossReason: LossReason?
    /// Free notes.
    public var notes: String?

    /// Every field of an opportunity, declared once.
    public static let fields: [FieldDeclaration<OpportunityFields>] = [
        .field("accountId", \.accountId, .reference(.account), [.required, .filter]),
        .field("contactId", \.contactId, .reference(.contact), [.filter]),
        .field("name", \.name, .text(maxLength: 200), [.required, .sort, .search]),
        .field("amount", \.amount, .money(currencyColumn: "currency"), [.sort], column: "amount_minor"),
        .field("pipelineId", \.pipelineId, .text(maxLength: 64), [.required, .filter]),
        .field("stage", \.stage, .text(maxLength: 64), [.required, .filter]),
        .field("probability", \.probability, .integer(0...100), [.output]),
        .field("expectedCloseDate", \.expectedCloseDate, .localDate, [.sort]),
        .field("lossReason", \.lossReason, .choice(.lossReasons), [.filter]),
        .field("notes", \.notes, .longText(maxLength: 5000)),
    ]

    public static let blank = OpportunityFields(accountId: "", name: "")

    public init(from decoder: any Decoder) throws { try self.init(declaredFieldsFrom: decoder) }
    public func encode(to encoder: any Encoder) throws { try encodeDeclaredFields(to: encoder) }

    /// Creates opportunity fields at the standard pipeline's first stage unless told otherwise.
    public init(
        accountId: String, contactId: String? = nil, name: String, amount: Money = .zero(),
        pipelineId: String = Pipeline.standard.id, stage: StageKey = Pipeline.standard.firstStage.key,
        probability: Int = 0, expectedCloseDate: String? = nil, lossReason: LossReason? = nil, notes: String? = nil
    ) {
        self.accountId = accountId
        self.contactId = contactId
        self.name = name
        self.amount = amount
        self.pipelineId = pipelineId
        self.stage = stage
        self.probability = probability
        self.expectedCloseDate = expectedCloseDate
        self.lossReason = lossReason
        self.notes = notes
    }

    /// Checks the stage against its pipeline and sets the probability from it.
    public func placed(in pipeline: Pipeline) throws(ValidationFailure) -> OpportunityFields {
        guard let current = pipeline.stage(stage) else {
            throw ValidationFailure([
                FieldError(
                    field: "stage", code: .invalidChoice,
                    parameters: ["allowed": pipeline.stages.map(\.key.rawValue).joined(separator: ", ")])
            ])
        }
        if current.outcome == .lost && lossReason == nil {
            throw ValidationFailure([FieldError(field: "lossReason", code: .required)])
        }
        var result = self
        result.probability = current.probability
        if current.outcome != .lost { result.lossReason = nil }
        return result
    }

    /// Texts a user may search opportunities by.
    public var searchableTexts: [String] { [name] }
}
