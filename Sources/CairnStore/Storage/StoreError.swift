/// Storage failures that callers can act on; anything else is a bug or an outage.
public enum StoreError: Error, Sendable, Equatable {
    /// A unique constraint refused the write.
    case uniqueViolation(constraint: String)
    /// A stored value could not be read back (data written by something other than Cairn).
    case corruptRow(table: String, column: String)
    /// The storage was closed; nothing more can be written.
    case closed
    /// The database cannot take the write (or answer) now: read-only, full, or out of reach.
    case unavailable(StorageFault)
    /// The search index row for a record is missing right after it was created.
    case missingSearchRow(table: String, recordId: String)
}
