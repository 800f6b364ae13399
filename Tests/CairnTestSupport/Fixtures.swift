import CairnCore
import CairnServices
import Foundation

/// Users and records most tests start from.
public struct Fixtures: Sendable {
    /// An admin (scope all).
    public let admin: Actor
    /// A sales rep of team 华东.
    public let eastRep: Actor
    /// Another sales rep of team 华东.
    public let eastRep2: Actor
    /// The manager of team 华东.
    public let eastManager: Actor
    /// A sales rep of team 华南.
    public let southRep: Actor

    /// Creates the users through the real service.
    public static func make(_ services: Services) async throws -> Fixtures {
        func add(_ email: String, _ role: String, _ team: String?) async throws -> Actor {
            let user = try await services.users.add(
                UserDraft(email: email, password: "password-123", name: email, role: role, teamName: team), by: .system)
            return Actor(user: user)!
        }
        return Fixtures(
            admin: try await add("admin@example.com", "admin", nil),
            eastRep: try await add("east1@example.com", "sales", "华东"),
            eastRep2: try await add("east2@example.com", "sales", "华东"),
            eastManager: try await add("east.manager@example.com", "manager", "华东"),
            southRep: try await add("south1@example.com", "sales", "华南"))
    }

    /// A valid unified social credit code.
    public static let creditCode = "91350100M000100Y43"
    /// Another valid code.
    public static let otherCreditCode = "91110000600037341L"
}
