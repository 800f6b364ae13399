import ArgumentParser
import CairnCore
import CairnServices
import Foundation

/// `cairn dedup rules show|set|reset`: the matching rules of accounts or contacts, as JSON an admin edits.
struct DedupRulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Show, replace or reset the duplicate-matching rules of accounts or contacts.",
        subcommands: [Show.self, Replace.self, Reset.self])

    /// The kinds that have rules.
    struct KindOption: ParsableArguments {
        @Option(help: "account or contact.") var kind: String

        func value() throws -> RecordKind {
            guard let kind = RecordKind(rawValue: kind), !MatchRuleSet.columns(of: kind).isEmpty else {
                throw ValidationError("--kind must be account or contact")
            }
            return kind
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the rules in force (JSON) and the columns they may read.")
        @OptionGroup var databaseOptions: DatabaseOptions
        @OptionGroup var kind: KindOption

        func run() async throws {
            try await databaseOptions.withServices(logger: CommandLogging.logger) { services in
                print(try services.matchRules.current(try kind.value()))
                DedupScanCommand.stderr("columns: \(MatchRuleSet.columns(of: try kind.value()).joined(separator: ", "))")
            }
        }
    }

    struct Replace: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Replace the rules with a JSON file (checked first); the keys are rebuilt at once.")
        @OptionGroup var databaseOptions: DatabaseOptions
        @OptionGroup var kind: KindOption
        @Argument(help: "The rules file (JSON).") var file: String

        func run() async throws {
            let json = try String(contentsOfFile: file, encoding: .utf8)
            var check = MatchRuleSet.shipped
            do {
                try check.replace(try kind.value(), json: json)
            } catch {
                throw ValidationError("\(file): \(error)")
            }
            try await DedupRulesCommand.change(databaseOptions) {
                try await $0.matchRules.replace(try kind.value(), json: json, by: .system)
            }
        }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Go back to the shipped rules; the keys are rebuilt at once.")
        @OptionGroup var databaseOptions: DatabaseOptions
        @OptionGroup var kind: KindOption

        func run() async throws {
            try await DedupRulesCommand.change(databaseOptions) { try await $0.matchRules.reset(try kind.value(), by: .system) }
        }
    }

    /// Applies a change, then opens the database again so the new rules load and the keys are rebuilt (running
    /// servers take the new rules when they restart).
    static func change(_ options: DatabaseOptions, _ body: (Services) async throws -> Void) async throws {
        let services = try await options.services(logger: CommandLogging.logger)
        do {
            try await body(services)
        } catch let error as ServiceError {
            try? await services.environment.storage.close()
            throw ValidationError(CommandErrors.describe(error))
        }
        try await services.environment.storage.close()
        let reopened = try await options.services(logger: CommandLogging.logger)
        try await reopened.environment.storage.close()
        print("rules stored and keys rebuilt; restart running servers to use them")
    }
}
