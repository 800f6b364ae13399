extension OpportunityFields {
    private enum CodingKeys: String, CodingKey {
        case accountId, contactId, name, amount, pipelineId, stage, probability, expectedCloseDate, lossReason, notes
    }

    /// Decodes leniently: absent fields take their defaults; `probability` is output only and ignored.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            accountId: try c.decodeIfPresent(String.self, forKey: .accountId) ?? "",
            contactId: try c.decodeIfPresent(String.self, forKey: .contactId),
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "",
            amount: try c.decodeIfPresent(Money.self, forKey: .amount) ?? .zero(),
            pipelineId: try c.decodeIfPresent(String.self, forKey: .pipelineId) ?? Pipeline.standard.id,
            stage: try c.decodeIfPresent(String.self, forKey: .stage) ?? Pipeline.standard.firstStage.key,
            expectedCloseDate: try c.decodeIfPresent(String.self, forKey: .expectedCloseDate),
            lossReason: try c.decodeIfPresent(String.self, forKey: .lossReason),
            notes: try c.decodeIfPresent(String.self, forKey: .notes)
        )
    }

    /// Encodes every field, nulls included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(accountId, forKey: .accountId)
        try c.encode(contactId, forKey: .contactId)
        try c.encode(name, forKey: .name)
        try c.encode(amount, forKey: .amount)
        try c.encode(pipelineId, forKey: .pipelineId)
        try c.encode(stage, forKey: .stage)
        try c.encode(probability, forKey: .probability)
        try c.encode(expectedCloseDate, forKey: .expectedCloseDate)
        try c.encode(lossReason, forKey: .lossReason)
        try c.encode(notes, forKey: .notes)
    }
}
