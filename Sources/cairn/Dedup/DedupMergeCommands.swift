import ArgumentParser
import CairnCore
import CairnServices
import Foundation

/// `cairn dedup merge`: merge duplicate accounts into one (as the system administrator).
struct DedupMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge accounts into a survivor: children move to it, the others are deleted; prints the merge id.")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Option(help: "The account that survives.") var into: String
    @Option(
        name: .customLong("keep"),
        help: "A field whose value comes from another record, as FIELD=RECORD_ID (repeatable), e.g. name=0193…")
    var fieldSources: [String] = []
    @Argument(help: "The accounts merged into the survivor.") var merged: [String]

    func run() async throws {
        var sources: [String: String] = [:]
        for pair in fieldSources {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--keep takes FIELD=RECORD_ID, got \(pair)") }
            sources[parts[0]] = parts[1]
        }
        try await databaseOptions.withServices(logger: CommandLogging.logger) { services in
            let result = try await services.merges.merge(
                MergeRequest(survivorId: into, mergedIds: merged, fieldSources: sources), by: .system)
            print(
                "merged \(merged.count) account(s) into \(into) (\(result.survivor.fields.name)); moved \(result.movedChildren) record(s)"
            )
            print("merge id \(result.mergeId) (undo with: cairn dedup undo \(result.mergeId))")
        }
    }
}

/// `cairn dedup undo`: put back every row a merge changed.
struct DedupUndoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo a merge exactly (refused once a merged record has changed since).")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Argument(help: "The merge id printed by the merge.") var mergeId: String

    func run() async throws {
        try await databaseOptions.withServices(logger: CommandLogging.logger) { services in
            let entry = try await services.merges.undo(mergeId, by: .system)
            print("undid merge \(mergeId): \(entry.survivorId) and \(entry.mergedIds.joined(separator: ", ")) are as before")
        }
    }
}
