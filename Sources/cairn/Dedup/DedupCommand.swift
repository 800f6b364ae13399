import ArgumentParser

/// `cairn dedup …`: duplicate detection.
struct DedupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup", abstract: "Find duplicate customers, merge them, undo a merge.",
        subcommands: [DedupScanCommand.self, DedupMergeCommand.self, DedupUndoCommand.self, DedupRulesCommand.self])
}
