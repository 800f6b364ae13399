import CairnCore
import CairnMatching
import Crypto
import Foundation

/// How one kind of record takes part in duplicate checks: its rules, and its fields as the row the rules read.
public struct DuplicateProfile<Fields: Sendable>: Sendable {
    /// The rules.
    public let rules: MatchRules
    /// A digest of the rules and of the way keys are made: keys made otherwise are rebuilt.
    let fingerprint: String
    /// The record's fields by the column names the rules use.
    let row: @Sendable (Fields) -> [String: String]

    /// A profile from rules as JSON (the shipped defaults are checked by a test, so decoding cannot fail at runtime).
    init(json: String, row: @escaping @Sendable (Fields) -> [String: String]) {
        let data = Data(json.utf8)
        do {
            rules = try MatchRules.decode(data)
        } catch {
            preconditionFailure("shipped matching rules do not decode: \(error)")
        }
        fingerprint = SHA256.hash(data: data + Data("\nkeys v\(Blocking.keyVersion)".utf8))
            .map { String(format: "%02x", $0) }.joined()
        self.row = row
    }

    /// A record prepared for matching.
    func matchRecord(id: String, _ fields: Fields) -> MatchRecord {
        MatchRecord(id: id, row: row(fields), rules: rules)
    }
}

/// Kinds that are checked for duplicates say how (accounts, contacts); the others have no profile.
extension ManagedRecord {
    public static var duplicateProfile: DuplicateProfile<Self>? { nil }
}

extension AccountFields {
    static let accountProfile = DuplicateProfile<AccountFields>(json: DefaultMatchRules.accounts) { account in
        [
            "name": account.name, "credit_code": account.creditCode, "phone": account.phone, "email": account.email,
            "province": account.province, "city": account.city, "industry": account.industry,
        ].compactMapValues { $0 }
    }

    public static var duplicateProfile: DuplicateProfile<AccountFields>? { accountProfile }
}

extension ContactFields {
    static let contactProfile = DuplicateProfile<ContactFields>(json: DefaultMatchRules.contacts) { contact in
        [
            "name": contact.name, "mobile": contact.mobile, "email": contact.email, "phone": contact.phone,
            "account_id": contact.accountId,
        ].compactMapValues { $0 }
    }

    public static var duplicateProfile: DuplicateProfile<ContactFields>? { contactProfile }
}
