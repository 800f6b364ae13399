extension Migration {
    /// Accounts, contacts, leads, opportunities with stage history, activities, tasks.
    static let m002RecordTables = Migration(2, "business records") { _ in
        let stamps = """
            id TEXT PRIMARY KEY,
            version BIGINT NOT NULL,
            owner_id TEXT NOT NULL REFERENCES users(id),
            team_id TEXT,
            created_at BIGINT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at BIGINT NOT NULL,
            updated_by TEXT NOT NULL,
            deleted_at BIGINT
            """
        var statements = [
            """
            CREATE TABLE accounts (\(stamps),
                name TEXT NOT NULL, aliases TEXT NOT NULL, credit_code TEXT, phone TEXT, email TEXT, website TEXT,
                industry TEXT, province TEXT, city TEXT, address TEXT, source TEXT, tier TEXT, status TEXT NOT NULL,
                purchase_cycle_days BIGINT, notes TEXT)
            """,
            "CREATE INDEX accounts_credit_code ON accounts (credit_code)",
            "CREATE INDEX accounts_phone ON accounts (phone)",
            "CREATE INDEX accounts_email ON accounts (email)",
            "CREATE INDEX accounts_name ON accounts (name, id)",
            """
            CREATE TABLE contacts (\(stamps),
                account_id TEXT NOT NULL REFERENCES accounts(id), name TEXT NOT NULL, mobile TEXT, phone TEXT,
                email TEXT, job_title TEXT, decision_role TEXT, wechat TEXT, notes TEXT)
            """,
            "CREATE INDEX contacts_account ON contacts (account_id)",
            "CREATE INDEX contacts_mobile ON contacts (mobile)",
            "CREATE INDEX contacts_email ON contacts (email)",
            """
            CREATE TABLE leads (\(stamps),
                name TEXT NOT NULL, company_name TEXT, mobile TEXT, phone TEXT, email TEXT, source TEXT NOT NULL,
                status TEXT NOT NULL, product_interest TEXT, province TEXT, city TEXT, disqualify_reason TEXT,
                account_id TEXT REFERENCES accounts(id), notes TEXT)
            """,
            "CREATE INDEX leads_status ON leads (status, created_at)",
            "CREATE INDEX leads_mobile ON leads (mobile)",
            """
            CREATE TABLE opportunities (\(stamps),
                account_id TEXT NOT NULL REFERENCES accounts(id), contact_id TEXT REFERENCES contacts(id),
                name TEXT NOT NULL, amount_minor BIGINT NOT NULL, currency TEXT NOT NULL, pipeline_id TEXT NOT NULL,
                stage TEXT NOT NULL, probability BIGINT NOT NULL, expected_close_date TEXT, loss_reason TEXT, notes TEXT)
            """,
            "CREATE INDEX opportunities_account ON opportunities (account_id)",
            "CREATE INDEX opportunities_stage ON opportunities (pipeline_id, stage)",
            """
            CREATE TABLE stage_changes (
                id TEXT PRIMARY KEY,
                opportunity_id TEXT NOT NULL REFERENCES opportunities(id),
                from_stage TEXT,
                to_stage TEXT NOT NULL,
                changed_at BIGINT NOT NULL,
                changed_by TEXT NOT NULL)
            """,
            "CREATE INDEX stage_changes_opportunity ON stage_changes (opportunity_id, changed_at)",
            """
            CREATE TABLE activities (\(stamps),
                kind TEXT NOT NULL, subject TEXT NOT NULL, occurred_at BIGINT NOT NULL,
                account_id TEXT REFERENCES accounts(id), contact_id TEXT REFERENCES contacts(id),
                lead_id TEXT REFERENCES leads(id), opportunity_id TEXT REFERENCES opportunities(id),
                rating TEXT, duration_minutes BIGINT)
            """,
            "CREATE INDEX activities_account ON activities (account_id, occurred_at)",
            "CREATE INDEX activities_lead ON activities (lead_id, occurred_at)",
            "CREATE INDEX activities_opportunity ON activities (opportunity_id, occurred_at)",
            """
            CREATE TABLE tasks (\(stamps),
                title TEXT NOT NULL, description TEXT, due_at BIGINT, status TEXT NOT NULL, priority TEXT NOT NULL,
                account_id TEXT REFERENCES accounts(id), contact_id TEXT REFERENCES contacts(id),
                lead_id TEXT REFERENCES leads(id), opportunity_id TEXT REFERENCES opportunities(id),
                completed_at BIGINT)
            """,
            "CREATE INDEX tasks_due ON tasks (status, due_at)",
            "CREATE INDEX tasks_account ON tasks (account_id)",
        ]
        for table in ["accounts", "contacts", "leads", "opportunities", "activities", "tasks"] {
            statements.append("CREATE INDEX \(table)_owner ON \(table) (owner_id, updated_at)")
            statements.append("CREATE INDEX \(table)_team ON \(table) (team_id, updated_at)")
            statements.append("CREATE INDEX \(table)_updated ON \(table) (updated_at, id)")
            statements.append("CREATE INDEX \(table)_created ON \(table) (created_at, id)")
        }
        return statements
    }
}
