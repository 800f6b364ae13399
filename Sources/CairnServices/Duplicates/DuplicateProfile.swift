import CairnCore
import CairnMatching
import Foundation
import Synchronization

/// How one kind of record takes part in duplicate checks: its rules, and its fields as the row the rules read.
public struct DuplicateProfile<Fields: Sendable>: Sendable {
    /// The rules.
    public let rules: MatchRules
    /// A digest of the rules and of the way keys are made: keys made otherwise are rebuilt.
    let fingerprint: String
    /// The record's fields by the column names the rules use.
    let row: @Sendable (Fields) -> [String: String]
    /// Rows prepared lately, shared by every profile of the same rules.
    let prepared: PreparedRows

    /// A record prepared for matching. A create prepares the same row for the check before its write, again inside
    /// it and for the keys it files; the row is normalized (company name taken apart, pinyin…) only the first time.
    func matchRecord(id: String, _ fields: Fields) -> MatchRecord {
        prepared.record(id: id, row: row(fields), rules: rules)
    }
}

/// The last few hundred rows prepared under one set of rules, so the same row is normalized once.
final class PreparedRows: Sendable {
    private static let capacity = 256
    private let rows = Mutex<[[String: String]: MatchRecord]>([:])

    func record(id: String, row: [String: String], rules: MatchRules) -> MatchRecord {
        if let cached = rows.withLock({ $0[row] }) { return MatchRecord(id: id, preparedAs: cached) }
        let record = MatchRecord(id: id, row: row, rules: rules)
        rows.withLock { rows in
            if rows.count >= Self.capacity { rows.removeAll(keepingCapacity: true) }
            rows[row] = record
        }
        return record
    }
}

/// Kinds that are checked for duplicates (accounts, contacts) give their fields as a row of named columns; the
/// rules they are checked by come from the environment (`MatchRuleSet`), so an admin can change them.
extension ManagedRecord {
    public static var matchRow: (@Sendable (Self) -> [String: String])? { nil }
    public static var matchColumns: [String] { [] }
}

extension AccountFields {
    public static var matchRow: (@Sendable (AccountFields) -> [String: String])? {
        { account in
            [
                "name": account.name, "credit_code": account.creditCode, "phone": account.phone, "email": account.email,
                "province": account.province, "city": account.city, "industry": account.industry,
                "website": account.website, "address": account.address,
            ].compactMapValues { $0 }
        }
    }

    public static var matchColumns: [String] {
        ["name", "credit_code", "phone", "email", "province", "city", "industry", "website", "address"]
    }
}

extension ContactFields {
    public static var matchRow: (@Sendable (ContactFields) -> [String: String])? {
        { contact in
            [
                "name": contact.name, "mobile": contact.mobile, "email": contact.email, "phone": contact.phone,
                "account_id": contact.accountId, "wechat": contact.wechat, "job_title": contact.jobTitle,
            ].compactMapValues { $0 }
        }
    }

    public static var matchColumns: [String] {
        ["name", "mobile", "email", "phone", "account_id", "wechat", "job_title"]
    }
}
