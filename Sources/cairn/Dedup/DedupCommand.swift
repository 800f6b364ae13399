import ArgumentParser

/// `cairn dedup …`: duplicate detection.
struct DedupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup", abstract: "Find duplicate customers.", subcommands: [DedupScanCommand.self])
}
