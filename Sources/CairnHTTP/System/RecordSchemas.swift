import CairnCore
import CairnServices

/// The API document's description of every record kind, generated from the field declarations: the document keeps
/// marker lines (`#fields: account`, `#stored:`, `#patch:`, `#list:`) where each kind's fields, required members,
/// patch members and list parameters go, so a declared field appears in the document without anyone writing it.
enum RecordSchemas {
    /// The document with every marker replaced.
    static func fill(_ template: String) -> String {
        let kinds = Dictionary(uniqueKeysWithValues: RecordKinds.fieldTypes.map { ($0.kind.rawValue, $0) })
        var lines: [String] = []
        for line in template.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = String(line.prefix { $0 == " " })
            let content = line.dropFirst(indent.count)
            guard content.hasPrefix("#"), let colon = content.firstIndex(of: ":"),
                let type = kinds[content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)]
            else {
                lines.append(String(line))
                continue
            }
            lines += generated(String(content[content.index(after: content.startIndex)..<colon]), type).map { indent + $0 }
        }
        return lines.joined(separator: "\n")
    }

    private static func generated(_ part: String, _ type: any RecordFields.Type) -> [String] {
        switch part {
        case "fields": fieldsSchema(type)
        case "stored": storedRequired(type)
        case "patch": ["properties: " + patchProperties(type).text]
        case "list": ["parameters:"] + listParameters(type).map { "- " + $0.text }
        default: []
        }
    }

    private static func fieldsSchema<Fields: RecordFields>(_: Fields.Type) -> [String] {
        let properties = OrderedJSON.object(Fields.fields.map { ($0.key, property($0, nullable: $0.isNullable)) })
        let required = Fields.requiredInputs
        var lines = ["properties: " + properties.text]
        if !required.isEmpty { lines.append("required: " + OrderedJSON.array(required.map { .string($0.key) }).text) }
        return lines
    }

    private static func storedRequired<Fields: RecordFields>(_: Fields.Type) -> [String] {
        ["required: " + OrderedJSON.array(Fields.fields.map { .string($0.key) }).text]
    }

    private static func patchProperties<Fields: RecordFields>(_: Fields.Type) -> OrderedJSON {
        let owner = OrderedJSON.object([
            ("type", .array([.string("string"), .string("null")])),
            ("description", .string("New owner id; null keeps the current owner. See `OwnerAssignment`.")),
        ])
        return .object(
            Fields.fields.filter(\.isInput).map { ($0.key, property($0, nullable: $0.isNullable)) } + [("ownerId", owner)])
    }

    /// One field's schema; `nullable` for fields that may be null (null clears them, on create and in a patch).
    static func property<Fields: RecordFields>(_ field: FieldDeclaration<Fields>, nullable: Bool) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = []
        func type(_ name: String) -> OrderedJSON { nullable ? .array([.string(name), .string("null")]) : .string(name) }
        func blankOr(_ pattern: String) -> String { field.isNullable ? "^$|" + pattern : pattern }
        switch field.storage {
        case .money:
            let money = OrderedJSON.object([("$ref", .string("#/components/schemas/Money"))])
            members.append(
                nullable ? ("anyOf", .array([money, .object([("type", .string("null"))])])) : ("allOf", .array([money])))
        case .texts:
            members.append(("type", type("array")))
            var items: [(String, OrderedJSON)] = [("type", .string("string"))]
            if let max = field.type.maxLength { items.append(("maxLength", .integer(max))) }
            members.append(("items", .object(items)))
        case .integer: members.append(("type", type("integer")))
        case .instant: members += [("type", type("string")), ("format", .string("date-time"))]
        case .text: members.append(("type", type("string")))
        }
        switch field.type {
        case .choice(let list) where !list.isOpen:
            members.append(("enum", .array(list.values.map(OrderedJSON.string) + (nullable ? [.null] : []))))
        case .textList(let maxItems, _): members.append(("maxItems", .integer(maxItems)))
        case .integer(let bounds):
            members += [("minimum", .integer(bounds.lowerBound)), ("maximum", .integer(bounds.upperBound))]
        // Optional fields take "" for "none" (web forms send it for an empty box), so their patterns admit it.
        case .creditCode:
            members.append(("pattern", .string(blankOr("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"))))
        case .email:
            members += [
                field.isNullable ? ("pattern", .string(blankOr("^[^@\\s]+@[^@\\s]+$"))) : ("format", .string("email")),
                ("maxLength", .integer(254)),
            ]
        case .localDate:
            members.append(
                field.isNullable ? ("pattern", .string(blankOr("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))) : ("format", .string("date")))
        case .url: members += [("pattern", .string(blankOr(FieldChecks.urlPattern))), ("maxLength", .integer(300))]
        case .text, .longText, .reference, .place, .choice:
            if let max = field.type.maxLength { members.append(("maxLength", .integer(max))) }
            if field.isRequired && !nullable && field.value(in: Fields.blank) == .text("") {
                members.append(("minLength", .integer(1)))
            }
        case .phone, .instant, .money: break
        }
        if !nullable, let blank = defaultValue(field.value(in: Fields.blank)) { members.append(("default", blank)) }
        if !field.isInput { members.append(("readOnly", .bool(true))) }
        members.append(("description", .string(FieldDescriptions.text(of: field))))
        return .object(members)
    }

    private static func defaultValue(_ value: FieldValue) -> OrderedJSON? {
        switch value {
        case .text(let text) where !text.isEmpty: .string(text)
        case .texts(let texts) where texts.isEmpty: .array([])
        default: nil
        }
    }

    private static func listParameters<Fields: RecordFields>(_: Fields.Type) -> [OrderedJSON] {
        func reference(_ name: String) -> OrderedJSON { .object([("$ref", .string("#/components/parameters/\(name)"))]) }
        let sortable = ["createdAt", "updatedAt"] + Fields.fields.filter { $0.flags.contains(.sort) }.map(\.key)
        let sort = OrderedJSON.object([
            ("name", .string("sort")), ("in", .string("query")), ("required", .bool(false)),
            (
                "description",
                .string(
                    "Sort field, `-` in front for descending. Allowed: "
                        + sortable.map { "`\($0)`" }.joined(separator: ", ")
                        + ". Ties break on id. Other values: 400 `invalid_query`.")
            ),
            (
                "schema",
                .object([
                    ("type", .string("string")), ("enum", .array(sortable.flatMap { [.string($0), .string("-" + $0)] })),
                    ("default", .string("-updatedAt")),
                ])
            ),
        ])
        let filters = Fields.fields.filter { $0.flags.contains(.filter) }.map { field in
            OrderedJSON.object([
                ("name", .string(field.key)), ("in", .string("query")), ("required", .bool(false)),
                (
                    "description",
                    .string("Equality filter on `\(field.key)`: \(MessageCatalog.text(field.labelKey, .en)).")
                ),
                ("schema", .object([("type", .string(field.storage == .integer ? "integer" : "string"))])),
            ])
        }
        return [
            reference("Limit"), reference("Cursor"), sort, reference("Search"), reference("OwnerIdFilter"),
            reference("TeamIdFilter"),
        ] + filters
    }
}
