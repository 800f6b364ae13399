import Foundation
import Synchronization

/// Writes a stored record as the API's JSON straight into bytes: the same object `RecordJSON.sharedEncoder` makes
/// (keys sorted, slashes unescaped, absent stamps left out, empty fields as `null`), byte for byte, without going
/// through `Encodable`'s boxes — encoding showed as the largest share of reading a record by id.
public enum RecordJSONWriter {
    /// One member of a record's object, in key order: a stamp or a declared field.
    private enum Member {
        case stamp(Stamp)
        case field(Int)
    }

    /// The stamps every record has, under their JSON keys.
    private enum Stamp: String, CaseIterable {
        case id, version, ownerId, teamId, createdAt, createdBy, updatedAt, updatedBy, deletedAt
    }

    /// The member order and the key bytes (`"name":`) of a kind, worked out once.
    private struct Layout {
        let members: [(member: Member, key: [UInt8])]
    }

    private static let layouts = Mutex<[ObjectIdentifier: Layout]>([:])

    private static func layout<Fields: RecordFields>(of _: Fields.Type) -> Layout {
        if let known = layouts.withLock({ $0[ObjectIdentifier(Fields.self)] }) { return known }
        let members =
            Stamp.allCases.map { (key: $0.rawValue, member: Member.stamp($0)) }
            + Fields.fields.enumerated().map { (key: $0.element.key, member: Member.field($0.offset)) }
        let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let layout = Layout(
            members: sorted.map { member in
                var key: [UInt8] = []
                appendString(member.key, to: &key)
                key.append(UInt8(ascii: ":"))
                return (member.member, key)
            })
        layouts.withLock { $0[ObjectIdentifier(Fields.self)] = layout }
        return layout
    }

    /// The record as one JSON object.
    public static func bytes<Fields: RecordFields>(_ record: Stored<Fields>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1_024)
        append(record, to: &output)
        return output
    }

    /// Appends the record as one JSON object.
    public static func append<Fields: RecordFields>(_ record: Stored<Fields>, to output: inout [UInt8]) {
        let meta = record.meta
        var isFirst = true
        output.append(UInt8(ascii: "{"))
        for (member, key) in layout(of: Fields.self).members {
            let value: FieldValue
            switch member {
            case .field(let index): value = Fields.fields[index].value(in: record.fields)
            case .stamp(let stamp):
                switch stamp {
                case .id: value = .text(meta.id)
                case .version: value = .integer(meta.version)
                case .ownerId: value = .text(meta.ownerId)
                case .createdAt: value = .instant(meta.createdAt)
                case .createdBy: value = .text(meta.createdBy)
                case .updatedAt: value = .instant(meta.updatedAt)
                case .updatedBy: value = .text(meta.updatedBy)
                // Optional stamps are left out when empty, as the synthesized encoding does.
                case .teamId:
                    guard let team = meta.teamId else { continue }
                    value = .text(team)
                case .deletedAt:
                    guard let deleted = meta.deletedAt else { continue }
                    value = .instant(deleted)
                }
            }
            if !isFirst { output.append(UInt8(ascii: ",")) }
            isFirst = false
            output.append(contentsOf: key)
            append(value, to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    private static func append(_ value: FieldValue, to output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .text(let text): appendString(text, to: &output)
        case .texts(let texts):
            output.append(UInt8(ascii: "["))
            for (index, text) in texts.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                appendString(text, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .integer(let number): output.append(contentsOf: String(number).utf8)
        case .instant(let date): appendString(RecordJSON.format(date), to: &output)
        case .money(let money):
            output.append(contentsOf: #"{"amount":"#.utf8)
            appendString(money.amountText, to: &output)
            output.append(contentsOf: #","currency":"#.utf8)
            appendString(money.currency, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string as JSONEncoder writes it: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
    /// escapes, everything else (slashes and non-ASCII included) as its UTF-8 bytes.
    public static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
