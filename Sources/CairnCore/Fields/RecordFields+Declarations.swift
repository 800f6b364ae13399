import Foundation

extension RecordFields {
    /// The table its records are stored in: the kind's plural (`accounts`, `opportunities`).
    public static var table: String { kind.plural }

    /// The fields input must give: required ones whose blank value is no value (an empty name, a source with no
    /// default); a required field with a default (a status) may be left out.
    public static var requiredInputs: [FieldDeclaration<Self>] {
        fields.filter { field in
            field.isRequired && field.isInput
                && (!field.admitsBlank || [.null, .text("")].contains(field.value(in: blank)))
        }
    }

    /// The field holding one part of a place (province or city), if the kind has one.
    public static func placeField(_ part: PlacePart) -> FieldDeclaration<Self>? {
        fields.first { if case .place(let held) = $0.type { held == part } else { false } }
    }

    /// The declaration of a field by JSON name.
    public static func field(_ key: String) -> FieldDeclaration<Self>? { fields.first { $0.key == key } }

    /// The normalized fields, or every problem found: each declared field is checked as its type says, places as
    /// a pair, then the kind's own rules across fields.
    public func validated() throws(ValidationFailure) -> Self {
        var checks = FieldChecks()
        var result = self
        for field in Self.fields where field.isInput {
            field.set(field.normalized(field.value(in: self), checks: &checks), in: &result)
        }
        result.normalizePlaces(&checks)
        result = result.crossChecked(&checks)
        try checks.throwIfAny()
        return result
    }

    /// No rules across fields unless a kind has some.
    public func crossChecked(_ checks: inout FieldChecks) -> Self { self }

    /// Every reference field that holds an id.
    public var references: [RecordReference] {
        Self.fields.compactMap { field in
            guard case .reference(let kind) = field.type, case .text(let id) = field.value(in: self), !id.isEmpty
            else { return nil }
            return RecordReference(field: field.key, kind: kind, id: id)
        }
    }

    /// The texts of the searchable fields.
    public var searchableTexts: [String] {
        Self.fields.filter { $0.flags.contains(.search) }.flatMap { field -> [String] in
            switch field.value(in: self) {
            case .text(let text): [text]
            case .texts(let texts): texts
            default: []
            }
        }
    }

    /// Known Chinese provinces and cities become their official names ("广东" → "广东省", "Shenzhen" → "深圳市").
    private mutating func normalizePlaces(_ checks: inout FieldChecks) {
        guard let province = Self.placeField(.province), let city = Self.placeField(.city) else { return }
        func text(_ field: FieldDeclaration<Self>) -> String? {
            if case .text(let text) = field.value(in: self) { text } else { nil }
        }
        let place = ChinaRegionInput.normalize(province: text(province), city: text(city), checks: &checks)
        province.set(place.province.map(FieldValue.text) ?? .null, in: &self)
        city.set(place.city.map(FieldValue.text) ?? .null, in: &self)
    }
}
