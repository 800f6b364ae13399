import CairnStore
import CairnTestSupport
import Foundation
import Testing

struct MigratorTests {
    @Test(arguments: TestDatabase.all)
    func migrationsApplyOnceAndReportCurrent(database: TestDatabase) async throws {
        try await database.withServices { services in
            let migrator = Migrator(storage: services.environment.storage)
            #expect(try await migrator.isCurrent())
            let again = try await migrator.migrate(now: Date())
            #expect(again.isEmpty)
            #expect(try await migrator.appliedNumbers() == Set(Migration.all.map(\.number)))
        }
    }

    @Test func migrationNumbersAreConsecutive() {
        #expect(Migration.all.map(\.number) == Array(1...Migration.all.count))
    }

    @Test(arguments: [
        ("cairn.sqlite", StorageLocation.sqliteFile("cairn.sqlite")),
        ("sqlite:///var/lib/cairn.sqlite", .sqliteFile("/var/lib/cairn.sqlite")),
        ("sqlite::memory:", .sqliteMemory),
        ("postgres://u:p@localhost:5432/cairn", .postgres("postgres://u:p@localhost:5432/cairn")),
    ])
    func databaseLocationsParse(text: String, expected: StorageLocation) throws {
        #expect(try StorageLocation(parsing: text) == expected)
    }

    @Test func unknownSchemesAreRefused() {
        #expect(throws: StorageLocationError.self) { try StorageLocation(parsing: "mysql://x") }
        #expect(StorageLocation.postgres("postgres://u:secret@h/db").redacted == "postgres://u:***@h/db")
    }
}
