extension AccountFields {
    /// The normalized account, or every problem found.
    public func validated() throws(ValidationFailure) -> AccountFields {
        var checks = FieldChecks()
        var result = self
        result.name = checks.requiredText("name", name, max: 200)
        result.aliases = aliases.map(\.trimmedForInput).filter { !$0.isEmpty }
        if result.aliases.count > 20 { checks.add("aliases", .outOfRange, ["min": "0", "max": "20"]) }
        for alias in result.aliases where alias.count > 200 {
            checks.add("aliases", .tooLong, ["max": "200"])
        }
        result.creditCode = checks.creditCode("creditCode", creditCode)
        result.phone = checks.phone("phone", phone)
        result.email = checks.email("email", email)
        result.website = checks.optionalText("website", website, max: 300)
        result.industry = checks.choice("industry", industry?.uppercased(), in: Industry.all.map(\.code))
        let region = ChinaRegionInput.normalize(province: province, city: city, checks: &checks)
        result.province = region.province
        result.city = region.city
        result.address = checks.optionalText("address", address, max: 500)
        result.source = checks.choice("source", source, in: LeadSource.allCases.map(\.rawValue))
        result.tier = checks.choice("tier", tier?.uppercased(), in: AccountTier.rawValues)
        result.status = checks.requiredChoice("status", status, in: AccountStatus.rawValues)
        checks.range("purchaseCycleDays", purchaseCycleDays, 0...3650)
        result.notes = checks.optionalText("notes", notes, max: 5000)
        try checks.throwIfAny()
        return result
    }
}
