extension Migration {
    /// Activities record who spoke, so "customers waiting for a reply" can be found: the last word was theirs.
    static let m004ActivityDirection = Migration(4, "activity direction") { _ in
        ["ALTER TABLE activities ADD COLUMN direction TEXT NOT NULL DEFAULT 'outbound'"]
    }
}
