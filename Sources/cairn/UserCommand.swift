import ArgumentParser
import CairnCore
import CairnServices
import Foundation

/// `cairn user …`: manage users from the shell.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage users.", subcommands: [Add.self, Team.self])

    /// `cairn user add`: create a user (and the team when it does not exist yet).
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user; creates the team if it does not exist.")

        @OptionGroup var databaseOptions: DatabaseOptions
        @Option(help: "Sign-in email.") var email: String
        @Flag(help: "Read the password from the first line of standard input (for scripts); otherwise it is asked for.")
        var passwordStdin = false
        @Option(help: "Display name.") var name: String
        @Option(help: "Role: \(Role.builtIn.map(\.name).joined(separator: ", ")).") var role: String
        @Option(help: "Team name, e.g. 华东.") var team: String?

        func run() async throws {
            // Never an option: a password on the command line stays in the shell's history and in `ps`.
            let password = try PasswordInput.read(fromStandardInput: passwordStdin)
            try await databaseOptions.withServices(logger: CommandLogging.logger) { services in
                let user = try await services.users.add(
                    UserDraft(email: email, password: password, name: name, role: role, teamName: team), by: .system)
                print("created user \(user.email) (\(user.role)) id \(user.id)")
            }
        }
    }
}

extension UserCommand {
    /// `cairn user team`: move a user to another team; their records follow.
    struct Team: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a user to another team (created if new); their records move with them.")

        @OptionGroup var databaseOptions: DatabaseOptions
        @Option(help: "The user's sign-in email.") var email: String
        @Option(help: "Team name, e.g. 华南; empty for no team.") var team: String

        func run() async throws {
            try await databaseOptions.withServices(logger: CommandLogging.logger) { services in
                guard let user = try await services.users.all(by: .system).first(where: { $0.email == email.lowercased() })
                else { throw ValidationError("no user with email \(email)") }
                let moved = try await services.users.changeTeam(of: user.id, to: team, by: .system)
                print("\(moved.email) is now in team \(team.isEmpty ? "(none)" : team)")
            }
        }
    }
}

/// Service errors as one line of text per field, in the language of `LANG`.
enum CommandErrors {
    static func describe(_ error: ServiceError) -> String {
        let language: Language = (ProcessInfo.processInfo.environment["LANG"] ?? "").hasPrefix("zh") ? .zhCN : .en
        switch error {
        case .validation(let errors), .invalidQuery(let errors), .conflict(let errors):
            return errors.map { "\($0.field): \(MessageCatalog.message(for: $0, language))" }.joined(separator: "\n")
        case .notFound(let kind):
            return language == .zhCN
                ? "找不到该\(kind?.rawValue ?? "记录")（或无权查看）" : "no such \(kind?.rawValue ?? "record") (or not visible)"
        default:
            return "\(error)"
        }
    }
}
