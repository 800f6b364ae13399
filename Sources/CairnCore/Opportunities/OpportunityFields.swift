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
    public var stage: String
    /// Win probability of the current stage, in percent; set from the pipeline, not by users.
    public var probability: Int
    /// Expected close date, `YYYY-MM-DD`.
    public var expectedCloseDate: String?
    /// Why it was lost (required in a lost stage).
    public var lossReason: String?
    /// Free notes.
    public var notes: String?

    /// Creates opportunity fields at the standard pipeline's first stage unless told otherwise.
    public init(
        accountId: String, contactId: String? = nil, name: String, amount: Money = .zero(),
        pipelineId: String = Pipeline.standard.id, stage: String = Pipeline.standard.firstStage.key,
        probability: Int = 0, expectedCloseDate: String? = nil, lossReason: String? = nil, notes: String? = nil
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

    /// The normalized opportunity, or every problem found (stage membership is checked against the pipeline).
    public func validated() throws(ValidationFailure) -> OpportunityFields {
        var checks = FieldChecks()
        var result = self
        result.accountId = checks.requiredText("accountId", accountId, max: 64)
        result.contactId = checks.optionalText("contactId", contactId, max: 64)
        result.name = checks.requiredText("name", name, max: 200)
        result.amount.currency = amount.currency.uppercased()
        checks.money("amount", result.amount)
        result.pipelineId = checks.requiredText("pipelineId", pipelineId, max: 64)
        result.stage = checks.requiredText("stage", stage, max: 64)
        if let date = expectedCloseDate?.trimmedForInput, !date.isEmpty {
            result.expectedCloseDate = date
            if !LocalDate.isValid(date) { checks.add("expectedCloseDate", .invalidDate, ["format": "YYYY-MM-DD"]) }
        } else {
            result.expectedCloseDate = nil
        }
        result.lossReason = checks.choice("lossReason", lossReason, in: LossReason.allCases.map(\.rawValue))
        result.notes = checks.optionalText("notes", notes, max: 5000)
        try checks.throwIfAny()
        return result
    }

    /// Checks the stage against its pipeline and sets the probability from it.
    public func placed(in pipeline: Pipeline) throws(ValidationFailure) -> OpportunityFields {
        guard let current = pipeline.stage(stage) else {
            throw ValidationFailure([
                FieldError(
                    field: "stage", code: .invalidChoice,
                    parameters: ["allowed": pipeline.stages.map(\.key).joined(separator: ", ")])
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

    /// The account and the main contact.
    public var references: [RecordReference] {
        var list: [RecordReference] = []
        list.append("accountId", .account, accountId)
        list.append("contactId", .contact, contactId)
        return list
    }

    /// Texts a user may search opportunities by.
    public var searchableTexts: [String] { [name] }
}
