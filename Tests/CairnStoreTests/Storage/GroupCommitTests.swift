import CairnStore
import Foundation
import Logging
import Testing

struct GroupCommitTests {
    struct Refused: Error {}

    /// A migrated SQLite file in a directory of its own (the group writer runs only on files).
    static func migratedFile() async throws -> (SQLiteStorage, URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-group-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let storage = try await SQLiteStorage.open(
            path: directory.appendingPathComponent("t.sqlite").path, logger: Logger(label: "test"))
        try await Migrator(storage: storage).migrate(now: Date())
        return (storage, directory)
    }

    /// Concurrent writes share commits; one that fails leaves no trace while the others in its group are kept.
    @Test func failedWritesRollBackAloneInsideAGroup() async throws {
        let (storage, directory) = try await Self.migratedFile()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<60 {
                group.addTask {
                    do {
                        try await storage.write { session in
                            try await AuditStore().append(
                                AuditEntry(
                                    id: "e\(index)", at: Date(), actorId: "t", entity: "test", recordId: "r\(index)",
                                    action: .create, before: nil, after: nil),
                                in: session)
                            if index % 3 == 0 { throw Refused() }
                        }
                        return true
                    } catch is Refused {
                        return false
                    }
                }
            }
            var results: [Bool] = []
            for try await outcome in group { results.append(outcome) }
            return results
        }
        #expect(outcomes.filter { $0 }.count == 40)
        let stored = try await storage.read { try await AuditStore().count(in: $0) }
        #expect(stored == 40)
        let refused = try await storage.read { try await AuditStore().entries(entity: "test", recordId: "r3", in: $0) }
        #expect(refused.isEmpty)
        try await storage.close()
    }

    /// A write alone in its transaction runs without a savepoint: when it fails, the whole transaction rolls back,
    /// so what it wrote before failing leaves no trace, and the next write commits normally.
    @Test func aLoneFailedWriteLeavesNoTrace() async throws {
        let (storage, directory) = try await Self.migratedFile()
        defer { try? FileManager.default.removeItem(at: directory) }
        @Sendable func entry(_ id: String) -> AuditEntry {
            AuditEntry(id: id, at: Date(), actorId: "t", entity: "test", recordId: id, action: .create, before: nil, after: nil)
        }
        await #expect(throws: Refused.self) {
            try await storage.write { session in
                try await AuditStore().append(entry("first"), in: session)
                try await AuditStore().append(entry("second"), in: session)
                throw Refused()
            }
        }
        try await storage.write { try await AuditStore().append(entry("third"), in: $0) }
        let stored = try await storage.read { session in
            var counts: [Int] = []
            for id in ["first", "second", "third"] {
                counts.append(try await AuditStore().entries(entity: "test", recordId: id, in: session).count)
            }
            return counts
        }
        #expect(stored == [0, 0, 1])
        try await storage.close()
    }
}
