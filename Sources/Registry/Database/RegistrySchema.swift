import Ledger

/// The registry's tables, beside the ledger's in the same SQLite file. Unlike ledger
/// tables these rows may change and be erased: personal data lives here and only here.
///
/// Times are RFC 3339 UTC text of fixed width (`LedgerTime.rfc3339`), so they sort and
/// compare as text. Session tokens and API secrets are stored only as SHA-256 (`*_hash`
/// columns); a session's CSRF token is kept as is, since pages embed it in their forms
/// and it is worthless without the session token.
enum RegistrySchema {
    static let migrations: [Migration] = [
        Migration("registry/0001-accounts", sql: """
            CREATE TABLE account (
                id TEXT PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                display_name TEXT,
                password_hash TEXT NOT NULL,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE account_role (
                account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                role TEXT NOT NULL CHECK (role IN ('resident', 'mentor', 'investor', 'union_staff', 'committee', 'admin')),
                PRIMARY KEY (account_id, role)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX account_role_by_role ON account_role (role);
            CREATE TABLE account_session (
                id TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
                csrf_token TEXT NOT NULL,
                created_at TEXT NOT NULL,
                last_seen_at TEXT NOT NULL,
                expires_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX account_session_by_account ON account_session (account_id);
            CREATE TABLE account_api_token (
                id TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                secret_hash BLOB NOT NULL UNIQUE CHECK (length(secret_hash) = 32),
                created_at TEXT NOT NULL,
                last_used_at TEXT,
                revoked_at TEXT
            ) STRICT;
            CREATE INDEX account_api_token_by_account ON account_api_token (account_id, created_at);
            """),
        Migration("registry/0002-idempotency", sql: """
            CREATE TABLE idempotency_key (
                scope TEXT NOT NULL,
                key TEXT NOT NULL,
                request_hash BLOB NOT NULL CHECK (length(request_hash) = 32),
                state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
                status INTEGER,
                content_type TEXT,
                body BLOB,
                created_at TEXT NOT NULL,
                PRIMARY KEY (scope, key)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX idempotency_key_by_age ON idempotency_key (created_at);
            """),
        Migration("registry/0003-cities-members", sql: """
            CREATE TABLE city (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                region TEXT NOT NULL,
                population INTEGER CHECK (population IS NULL OR population >= 0),
                created_at TEXT NOT NULL,
                UNIQUE (name, region)
            ) STRICT;
            CREATE TABLE member (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
                name TEXT,
                email TEXT,
                phone TEXT,
                city_id TEXT REFERENCES city (id),
                status TEXT NOT NULL CHECK (status IN ('applied', 'admitted', 'suspended', 'left')),
                account_id TEXT UNIQUE REFERENCES account (id) ON DELETE SET NULL,
                created_at TEXT NOT NULL,
                erased_at TEXT,
                CHECK (erased_at IS NULL OR (name IS NULL AND email IS NULL AND phone IS NULL AND account_id IS NULL))
            ) STRICT;
            CREATE INDEX member_by_city ON member (city_id);
            CREATE TABLE member_role (
                member_id TEXT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
                role TEXT NOT NULL CHECK (role IN ('resident', 'entrepreneur', 'mentor', 'investor', 'facilitator', 'union_staff', 'committee')),
                PRIMARY KEY (member_id, role)
            ) STRICT, WITHOUT ROWID;
            """),
        Migration("registry/0004-projects", sql: """
            CREATE TABLE project (
                id TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                summary TEXT NOT NULL,
                direction TEXT NOT NULL,
                city_id TEXT NOT NULL REFERENCES city (id),
                stage TEXT NOT NULL CHECK (stage IN ('idea', 'selected', 'accelerating', 'accelerated', 'pitched',
                                                     'funded', 'operating', 'scaled', 'closed')),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX project_by_city ON project (city_id, created_at);
            CREATE INDEX project_by_direction ON project (direction, created_at);
            CREATE INDEX project_by_stage ON project (stage, created_at);
            CREATE TABLE project_team (
                project_id TEXT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
                member_id TEXT NOT NULL REFERENCES member (id),
                role TEXT NOT NULL CHECK (role IN ('lead', 'member', 'mentor', 'investor')),
                PRIMARY KEY (project_id, member_id)
            ) STRICT, WITHOUT ROWID;
            CREATE UNIQUE INDEX project_team_one_lead ON project_team (project_id) WHERE role = 'lead';
            CREATE INDEX project_team_by_member ON project_team (member_id);
            CREATE TABLE project_milestone (
                id TEXT PRIMARY KEY,
                project_id TEXT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                owner_role TEXT NOT NULL CHECK (owner_role IN ('lead', 'member', 'mentor', 'investor')),
                due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX project_milestone_by_project ON project_milestone (project_id, due_on);
            CREATE TABLE project_adoption (
                project_id TEXT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
                city_id TEXT NOT NULL REFERENCES city (id),
                adopted_on TEXT NOT NULL CHECK (adopted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                PRIMARY KEY (project_id, city_id)
            ) STRICT, WITHOUT ROWID;
            """),
        Migration("registry/0005-ip-assets", sql: """
            CREATE TABLE ip_asset (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('idea', 'software', 'design', 'database', 'trademark', 'know_how')),
                title TEXT NOT NULL,
                description TEXT,
                content_sha256 TEXT NOT NULL UNIQUE CHECK (length(content_sha256) = 64),
                deposit_seq INTEGER NOT NULL UNIQUE CHECK (deposit_seq >= 0),
                deposited_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE ip_holding (
                asset_id TEXT NOT NULL REFERENCES ip_asset (id) ON DELETE CASCADE,
                member_id TEXT NOT NULL REFERENCES member (id),
                units INTEGER NOT NULL CHECK (units BETWEEN 1 AND 10000),
                PRIMARY KEY (asset_id, member_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ip_holding_by_member ON ip_holding (member_id);
            CREATE TABLE ip_licence (
                id TEXT PRIMARY KEY,
                asset_id TEXT NOT NULL REFERENCES ip_asset (id),
                licensee_city_id TEXT REFERENCES city (id),
                licensee_member_id TEXT REFERENCES member (id),
                terms TEXT NOT NULL,
                starts_on TEXT NOT NULL CHECK (length(starts_on) = 10),
                ends_on TEXT NOT NULL CHECK (length(ends_on) = 10),
                ledger_seq INTEGER NOT NULL UNIQUE,
                granted_at TEXT NOT NULL,
                CHECK ((licensee_city_id IS NULL) <> (licensee_member_id IS NULL)),
                CHECK (ends_on >= starts_on)
            ) STRICT;
            CREATE INDEX ip_licence_by_asset ON ip_licence (asset_id, ledger_seq);
            CREATE TABLE practice (
                id TEXT PRIMARY KEY,
                title TEXT NOT NULL,
                summary TEXT NOT NULL,
                city_id TEXT NOT NULL REFERENCES city (id),
                results TEXT NOT NULL,
                reported_on TEXT NOT NULL CHECK (length(reported_on) = 10),
                report_seq INTEGER NOT NULL UNIQUE,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX practice_by_city ON practice (city_id);
            CREATE TABLE practice_adoption (
                practice_id TEXT NOT NULL REFERENCES practice (id),
                city_id TEXT NOT NULL REFERENCES city (id),
                ledger_seq INTEGER NOT NULL UNIQUE,
                adopted_at TEXT NOT NULL,
                PRIMARY KEY (practice_id, city_id)
            ) STRICT, WITHOUT ROWID;
            """),
        Migration("registry/0006-profiles", sql: """
            CREATE TABLE community (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('city', 'professional', 'business')),
                name TEXT NOT NULL,
                city_id TEXT REFERENCES city (id),
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX community_by_city ON community (city_id);
            CREATE TABLE community_member (
                community_id TEXT NOT NULL REFERENCES community (id) ON DELETE CASCADE,
                member_id TEXT NOT NULL REFERENCES member (id),
                added_at TEXT NOT NULL,
                PRIMARY KEY (community_id, member_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX community_member_by_member ON community_member (member_id);
            CREATE TABLE mentor_profile (
                member_id TEXT PRIMARY KEY REFERENCES member (id),
                competencies TEXT NOT NULL CHECK (json_valid(competencies)),
                weekly_hours INTEGER NOT NULL CHECK (weekly_hours BETWEEN 1 AND 60),
                city_ids TEXT NOT NULL CHECK (json_valid(city_ids)),
                updated_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE investor_profile (
                member_id TEXT PRIMARY KEY REFERENCES member (id),
                kind TEXT NOT NULL CHECK (kind IN ('business_angel', 'fund', 'local_enterprise')),
                ticket_min_kopecks INTEGER NOT NULL CHECK (ticket_min_kopecks >= 0),
                ticket_max_kopecks INTEGER NOT NULL,
                directions TEXT NOT NULL CHECK (json_valid(directions)),
                updated_at TEXT NOT NULL,
                CHECK (ticket_min_kopecks <= ticket_max_kopecks)
            ) STRICT;
            CREATE TABLE facilitator_record (
                member_id TEXT PRIMARY KEY REFERENCES member (id),
                training_completed_on TEXT NOT NULL CHECK (length(training_completed_on) = 10),
                updated_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE city_profile (
                city_id TEXT PRIMARY KEY REFERENCES city (id),
                directions TEXT NOT NULL CHECK (json_valid(directions)),
                updated_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE city_audit (
                id TEXT PRIMARY KEY,
                city_id TEXT NOT NULL REFERENCES city (id),
                area TEXT NOT NULL,
                score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
                audited_on TEXT NOT NULL CHECK (length(audited_on) = 10),
                recorded_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX city_audit_by_city ON city_audit (city_id, audited_on);
            CREATE TABLE city_indicator (
                id TEXT PRIMARY KEY,
                city_id TEXT NOT NULL REFERENCES city (id),
                indicator TEXT NOT NULL CHECK (indicator IN ('income_growth', 'asset_growth', 'leisure_spent_in_town_share',
                    'residents_leaving', 'young_returning', 'local_investment', 'family_microbusinesses')),
                value INTEGER NOT NULL,
                measured_on TEXT NOT NULL CHECK (length(measured_on) = 10),
                recorded_at TEXT NOT NULL,
                UNIQUE (city_id, indicator, measured_on)
            ) STRICT;
            """),
        Migration("registry/0007-search", sql: """
            DROP INDEX project_by_city;
            DROP INDEX project_by_direction;
            DROP INDEX project_by_stage;
            CREATE INDEX project_by_age ON project (created_at, id);
            CREATE INDEX project_by_city ON project (city_id, created_at, id);
            CREATE INDEX project_by_direction ON project (direction, created_at, id);
            CREATE INDEX project_by_stage ON project (stage, created_at, id);
            """
            + SearchIndexSchema.sql(table: "project", title: "$.title", body: "$.summary || ' ' || $.direction",
                                    updatedColumns: ["title", "summary", "direction"])
            + SearchIndexSchema.sql(table: "ip_asset", title: "$.title", body: "coalesce($.description, '') || ' ' || $.kind",
                                    updatedColumns: ["title", "description", "kind"])
            + SearchIndexSchema.sql(table: "practice", title: "$.title", body: "$.summary || ' ' || $.results",
                                    updatedColumns: ["title", "summary", "results"])
            + SearchIndexSchema.sql(table: "mentor_profile", title: "$.competencies", body: "''",
                                    updatedColumns: ["competencies"])
            + SearchIndexSchema.sql(table: "investor_profile", title: "$.directions", body: "$.kind",
                                    updatedColumns: ["directions", "kind"])),
        Migration("registry/0008-cap-tables", sql: """
            CREATE TABLE cap_table_event (
                project_id TEXT NOT NULL REFERENCES project (id),
                ledger_seq INTEGER NOT NULL UNIQUE,
                event_id TEXT NOT NULL,
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                PRIMARY KEY (project_id, ledger_seq),
                UNIQUE (project_id, event_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE cap_table_setting (
                project_id TEXT PRIMARY KEY REFERENCES project (id),
                visibility TEXT NOT NULL DEFAULT 'summary' CHECK (visibility IN ('summary', 'holders', 'full')),
                updated_at TEXT NOT NULL
            ) STRICT;
            """),
        Migration("registry/0009-contracts", sql: """
            CREATE TABLE contract (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('revenue_share', 'milestone_tranches', 'crowdfunding', 'subscription',
                    'option_agreement')),
                project_id TEXT REFERENCES project (id),
                status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'terminated')),
                legal_text TEXT NOT NULL,
                text_sha256 TEXT NOT NULL CHECK (length(text_sha256) = 64),
                terms_sha256 TEXT NOT NULL CHECK (length(terms_sha256) = 64),
                propose_seq INTEGER NOT NULL UNIQUE,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX contract_by_age ON contract (created_at, id);
            CREATE INDEX contract_by_project ON contract (project_id, created_at, id);
            CREATE INDEX contract_by_kind ON contract (kind, created_at, id);
            CREATE INDEX contract_by_status ON contract (status, created_at, id);
            CREATE TABLE contract_party (
                contract_id TEXT NOT NULL REFERENCES contract (id),
                party_id TEXT NOT NULL,
                role TEXT NOT NULL,
                signed_seq INTEGER UNIQUE,
                PRIMARY KEY (contract_id, party_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX contract_party_by_party ON contract_party (party_id, contract_id);
            CREATE TABLE contract_representative (
                contract_id TEXT NOT NULL REFERENCES contract (id),
                party_id TEXT NOT NULL,
                member_id TEXT NOT NULL REFERENCES member (id),
                PRIMARY KEY (contract_id, party_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE contract_event (
                contract_id TEXT NOT NULL REFERENCES contract (id),
                ledger_seq INTEGER NOT NULL UNIQUE,
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                PRIMARY KEY (contract_id, ledger_seq)
            ) STRICT, WITHOUT ROWID;
            """),
        Migration("registry/0010-events", sql: """
            CREATE TABLE event (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('game', 'accelerator', 'investment_session', 'challenge')),
                title TEXT NOT NULL,
                starts_on TEXT NOT NULL CHECK (length(starts_on) = 10),
                ends_on TEXT NOT NULL CHECK (length(ends_on) = 10),
                status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'running', 'closed', 'sealed')),
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE INDEX event_by_age ON event (created_at, id);
            CREATE INDEX event_by_kind ON event (kind, created_at, id);
            CREATE TABLE event_city (
                event_id TEXT NOT NULL REFERENCES event (id),
                city_id TEXT NOT NULL REFERENCES city (id),
                PRIMARY KEY (event_id, city_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX event_city_by_city ON event_city (city_id);
            CREATE TABLE event_seal (
                event_id TEXT PRIMARY KEY REFERENCES event (id),
                results_sha256 TEXT NOT NULL CHECK (length(results_sha256) = 64),
                ledger_seq INTEGER NOT NULL UNIQUE,
                sealed_at TEXT NOT NULL,
                results TEXT NOT NULL
            ) STRICT;
            """),
        Migration("registry/0011-games-accelerator", sql: """
            CREATE TABLE game (
                event_id TEXT PRIMARY KEY REFERENCES event (id),
                directions TEXT NOT NULL,
                team_size_limit INTEGER NOT NULL CHECK (team_size_limit BETWEEN 1 AND 50),
                selection_rule TEXT NOT NULL CHECK (selection_rule IN ('threshold', 'top')),
                selection_count INTEGER NOT NULL CHECK (selection_count >= 1),
                commission TEXT NOT NULL
            ) STRICT;
            CREATE TABLE game_participant (
                event_id TEXT NOT NULL REFERENCES event (id),
                member_id TEXT NOT NULL REFERENCES member (id),
                registered_at TEXT NOT NULL,
                PRIMARY KEY (event_id, member_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE game_idea (
                project_id TEXT PRIMARY KEY REFERENCES project (id),
                event_id TEXT NOT NULL REFERENCES event (id),
                asset_id TEXT REFERENCES ip_asset (id),
                submitted_seq INTEGER NOT NULL UNIQUE
            ) STRICT;
            CREATE INDEX game_idea_by_event ON game_idea (event_id, submitted_seq);
            CREATE TABLE game_approval (
                project_id TEXT NOT NULL REFERENCES game_idea (project_id),
                account_id TEXT NOT NULL REFERENCES account (id),
                approved_at TEXT NOT NULL,
                PRIMARY KEY (project_id, account_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE accelerator (
                event_id TEXT PRIMARY KEY REFERENCES event (id),
                required_hours INTEGER NOT NULL CHECK (required_hours BETWEEN 1 AND 1000),
                required_milestones INTEGER NOT NULL CHECK (required_milestones BETWEEN 0 AND 100)
            ) STRICT;
            CREATE TABLE accelerator_project (
                event_id TEXT NOT NULL REFERENCES event (id),
                project_id TEXT NOT NULL REFERENCES project (id),
                needs TEXT NOT NULL,
                added_at TEXT NOT NULL,
                certificate_seq INTEGER UNIQUE,
                certified_on TEXT CHECK (certified_on IS NULL OR length(certified_on) = 10),
                PRIMARY KEY (event_id, project_id)
            ) STRICT, WITHOUT ROWID;
            CREATE UNIQUE INDEX accelerator_project_once ON accelerator_project (project_id);
            CREATE TABLE accelerator_match (
                event_id TEXT NOT NULL REFERENCES event (id),
                project_id TEXT NOT NULL REFERENCES project (id),
                mentor_id TEXT NOT NULL REFERENCES member (id),
                weekly_hours INTEGER NOT NULL CHECK (weekly_hours BETWEEN 1 AND 60),
                confirmed_at TEXT NOT NULL,
                PRIMARY KEY (event_id, project_id, mentor_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX accelerator_match_by_mentor ON accelerator_match (mentor_id);
            CREATE TABLE accelerator_consultation (
                id TEXT PRIMARY KEY,
                event_id TEXT NOT NULL REFERENCES event (id),
                project_id TEXT NOT NULL REFERENCES project (id),
                mentor_id TEXT NOT NULL REFERENCES member (id),
                held_on TEXT NOT NULL CHECK (length(held_on) = 10),
                hours INTEGER NOT NULL CHECK (hours BETWEEN 1 AND 12),
                topic TEXT NOT NULL,
                logged_at TEXT NOT NULL,
                mentor_confirmed_at TEXT,
                lead_confirmed_at TEXT
            ) STRICT;
            CREATE INDEX accelerator_consultation_by_project ON accelerator_consultation (event_id, project_id, held_on, id);
            """),
        Migration("registry/0012-challenges", sql: """
            CREATE TABLE challenge_rules (
                event_id TEXT PRIMARY KEY REFERENCES event (id),
                rules TEXT NOT NULL CHECK (json_valid(rules)),
                chair_member_id TEXT REFERENCES member (id),
                public_board_frozen_at TEXT,
                updated_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE challenge_team (
                id TEXT PRIMARY KEY,
                event_id TEXT NOT NULL REFERENCES event (id),
                city_id TEXT NOT NULL REFERENCES city (id),
                name TEXT NOT NULL,
                project_id TEXT REFERENCES project (id),
                registered_at TEXT NOT NULL,
                UNIQUE (event_id, name)
            ) STRICT;
            CREATE INDEX challenge_team_by_event ON challenge_team (event_id, id);
            CREATE TABLE challenge_team_member (
                team_id TEXT NOT NULL REFERENCES challenge_team (id),
                member_id TEXT NOT NULL REFERENCES member (id),
                PRIMARY KEY (team_id, member_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE challenge_judge (
                event_id TEXT NOT NULL REFERENCES event (id),
                member_id TEXT NOT NULL REFERENCES member (id),
                PRIMARY KEY (event_id, member_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE challenge_assignment (
                event_id TEXT NOT NULL REFERENCES event (id),
                judge_id TEXT NOT NULL REFERENCES member (id),
                team_id TEXT NOT NULL REFERENCES challenge_team (id),
                PRIMARY KEY (event_id, judge_id, team_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE challenge_mark (
                event_id TEXT NOT NULL REFERENCES event (id),
                team_id TEXT NOT NULL REFERENCES challenge_team (id),
                judge_id TEXT NOT NULL REFERENCES member (id),
                criterion_id TEXT NOT NULL,
                revision INTEGER NOT NULL CHECK (revision >= 1),
                value INTEGER NOT NULL,
                marked_at TEXT NOT NULL,
                ledger_seq INTEGER NOT NULL UNIQUE,
                PRIMARY KEY (event_id, team_id, judge_id, criterion_id, revision)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE challenge_tie_decision (
                event_id TEXT PRIMARY KEY REFERENCES event (id),
                team_order TEXT NOT NULL CHECK (json_valid(team_order)),
                decided_at TEXT NOT NULL
            ) STRICT;
            """),
        Migration("registry/0013-investment-sessions", sql: """
            CREATE TABLE investment_slot (
                event_id TEXT NOT NULL REFERENCES event (id),
                position INTEGER NOT NULL CHECK (position >= 1),
                project_id TEXT NOT NULL REFERENCES project (id),
                starts_at TEXT NOT NULL,
                minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 120),
                PRIMARY KEY (event_id, position),
                UNIQUE (event_id, project_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE investment_investor (
                event_id TEXT NOT NULL REFERENCES event (id),
                member_id TEXT NOT NULL REFERENCES member (id),
                registered_at TEXT NOT NULL,
                PRIMARY KEY (event_id, member_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE investment_pledge (
                id TEXT PRIMARY KEY,
                event_id TEXT NOT NULL REFERENCES event (id),
                investor_id TEXT NOT NULL REFERENCES member (id),
                project_id TEXT NOT NULL REFERENCES project (id),
                amount_kopecks INTEGER NOT NULL CHECK (amount_kopecks > 0),
                conditions TEXT NOT NULL,
                form TEXT NOT NULL CHECK (form IN ('tranches', 'equity')),
                plan TEXT NOT NULL CHECK (json_valid(plan)),
                status TEXT NOT NULL CHECK (status IN ('pledged', 'withdrawn', 'accepted')),
                pledged_at TEXT NOT NULL,
                ledger_seq INTEGER NOT NULL UNIQUE,
                decided_at TEXT,
                accepted_by TEXT,
                contract_id TEXT REFERENCES contract (id),
                cap_table_event_id TEXT
            ) STRICT;
            CREATE INDEX investment_pledge_by_event ON investment_pledge (event_id, ledger_seq);
            CREATE INDEX investment_pledge_by_project ON investment_pledge (project_id, status);
            CREATE TABLE investment_union_option (
                event_id TEXT NOT NULL REFERENCES event (id),
                project_id TEXT NOT NULL REFERENCES project (id),
                grant_id TEXT NOT NULL,
                share_class_id TEXT NOT NULL,
                units INTEGER NOT NULL CHECK (units > 0),
                ledger_seq INTEGER NOT NULL UNIQUE,
                PRIMARY KEY (event_id, project_id)
            ) STRICT, WITHOUT ROWID;
            """),
        // A project's stage moves, each with the `project.stage` entry that records it, so
        // its history is read by project instead of by scanning the ledger. Earlier moves
        // are copied from the ledger's entries.
        Migration("registry/0014-project-stage-moves", sql: """
            CREATE TABLE project_stage_move (
                project_id TEXT NOT NULL REFERENCES project (id),
                ledger_seq INTEGER NOT NULL,
                from_stage TEXT NOT NULL,
                to_stage TEXT NOT NULL,
                moved_at TEXT NOT NULL,
                PRIMARY KEY (project_id, ledger_seq)
            ) STRICT, WITHOUT ROWID;
            INSERT INTO project_stage_move (project_id, ledger_seq, from_stage, to_stage, moved_at)
                SELECT json_extract(CAST(entry.body AS TEXT), '$.payload.project_id'), entry.seq,
                       json_extract(CAST(entry.body AS TEXT), '$.payload.from'), json_extract(CAST(entry.body AS TEXT), '$.payload.to'),
                       entry.time
                FROM ledger_entry AS entry
                WHERE entry.kind = 'project.stage'
                  AND json_extract(CAST(entry.body AS TEXT), '$.payload.project_id') IN (SELECT id FROM project);
            """),
        // A key's request that wrote something is `committed` in that write's transaction,
        // and each claim names the process holding it, so that a claim left by a crash is
        // resolved by the next request for the key instead of staying in progress.
        Migration("registry/0015-idempotency-outcomes", sql: """
            CREATE TABLE idempotency_key_new (
                scope TEXT NOT NULL,
                key TEXT NOT NULL,
                request_hash BLOB NOT NULL CHECK (length(request_hash) = 32),
                state TEXT NOT NULL CHECK (state IN ('pending', 'committed', 'done')),
                holder TEXT,
                status INTEGER,
                content_type TEXT,
                body BLOB,
                created_at TEXT NOT NULL,
                PRIMARY KEY (scope, key)
            ) STRICT, WITHOUT ROWID;
            INSERT INTO idempotency_key_new (scope, key, request_hash, state, status, content_type, body, created_at)
                SELECT scope, key, request_hash, state, status, content_type, body, created_at FROM idempotency_key;
            DROP TABLE idempotency_key;
            ALTER TABLE idempotency_key_new RENAME TO idempotency_key;
            CREATE INDEX idempotency_key_by_age ON idempotency_key (created_at);
            """),
        // IP acts waiting for the consent of the members they take rights from or give
        // rights to, one open act per asset, with each signer's signature once given.
        Migration("registry/0016-ip-consent", sql: """
            CREATE TABLE ip_consent_request (
                id TEXT PRIMARY KEY,
                act TEXT NOT NULL CHECK (act IN ('deposit', 'assign')),
                asset_id TEXT NOT NULL UNIQUE,
                statement TEXT NOT NULL,
                title TEXT NOT NULL,
                description TEXT,
                kind TEXT,
                content_sha256 TEXT UNIQUE,
                proposed_by TEXT,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE ip_consent_signer (
                request_id TEXT NOT NULL REFERENCES ip_consent_request (id),
                position INTEGER NOT NULL,
                member_id TEXT NOT NULL,
                key_id TEXT,
                signature TEXT,
                signed_at TEXT,
                PRIMARY KEY (request_id, position),
                UNIQUE (request_id, member_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX ip_consent_signer_by_member ON ip_consent_signer (member_id, request_id);
            """),
        // Each account's consent to the processing of personal data: the text's version and
        // hash, and when it was given (152-ФЗ asks that it can be shown).
        Migration("registry/0017-account-consent", sql: """
            CREATE TABLE account_consent (
                account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                version TEXT NOT NULL,
                text_sha256 BLOB NOT NULL CHECK (length(text_sha256) = 32),
                given_at TEXT NOT NULL,
                PRIMARY KEY (account_id, version)
            ) STRICT, WITHOUT ROWID;
            """),
        // Why an application was refused, for the applicant to read; erased with the member.
        Migration("registry/0018-member-refusal", sql: """
            CREATE TABLE member_refusal (
                member_id TEXT PRIMARY KEY REFERENCES member (id),
                reason TEXT NOT NULL,
                refused_at TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            """),
        Migration("registry/0019-waiting-acts", sql: """
            CREATE INDEX member_by_status ON member (status);
            CREATE INDEX contract_representative_by_member ON contract_representative (member_id, contract_id);
            CREATE INDEX accelerator_consultation_by_mentor ON accelerator_consultation (mentor_id, held_on);
            CREATE INDEX accelerator_consultation_by_project_alone ON accelerator_consultation (project_id, held_on);
            CREATE INDEX challenge_assignment_by_judge ON challenge_assignment (judge_id, event_id, team_id);
            """),
        // Mail waiting to be sent or sent: written in the transaction of the act that causes
        // it, delivered by the server's sender. The recipient is an account, whose address is
        // read at delivery, so erasing the account leaves no address here; a mail's
        // parameters (a confirmation link's token) are emptied once it is sent.
        // An account's email is confirmed by a link whose token is kept only as its hash.
        Migration("registry/0020-mail-outbox", sql: """
            CREATE TABLE mail_outbox (
                id TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                parameters TEXT NOT NULL,
                created_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NOT NULL,
                sent_at TEXT,
                last_error TEXT
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL;
            CREATE INDEX mail_outbox_by_account ON mail_outbox (account_id);
            CREATE INDEX mail_outbox_by_time ON mail_outbox (created_at);
            ALTER TABLE account ADD COLUMN email_confirmed_at TEXT;
            CREATE TABLE email_confirmation (
                token_sha256 BLOB PRIMARY KEY CHECK (length(token_sha256) = 32),
                account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                expires_at TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX email_confirmation_by_account ON email_confirmation (account_id);
            """),
        // What each account chose not to receive, and the hash of each mail's one-click
        // unsubscribe link (RFC 8058), kept after the mail is sent so the link works.
        Migration("registry/0021-mail-preferences", sql: """
            CREATE TABLE mail_opt_out (
                account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                since TEXT NOT NULL,
                PRIMARY KEY (account_id, kind)
            ) STRICT, WITHOUT ROWID;
            ALTER TABLE mail_outbox ADD COLUMN unsubscribe_sha256 BLOB;
            CREATE UNIQUE INDEX mail_outbox_by_unsubscribe ON mail_outbox (unsubscribe_sha256) WHERE unsubscribe_sha256 IS NOT NULL;
            """),
        // A town's page costs the same whatever other towns hold: its projects are counted
        // per stage by triggers, and listed per stage from an index that starts with both.
        // A Challenge's board reads only the marks entered since it last looked.
        Migration("registry/0022-costs-that-do-not-grow", sql: """
            CREATE TABLE project_stage_tally (
                city_id TEXT NOT NULL,
                stage TEXT NOT NULL,
                projects INTEGER NOT NULL CHECK (projects >= 0),
                PRIMARY KEY (city_id, stage)
            ) STRICT, WITHOUT ROWID;
            INSERT INTO project_stage_tally (city_id, stage, projects)
                SELECT city_id, stage, count(*) FROM project GROUP BY city_id, stage;
            CREATE TRIGGER project_stage_tally_on_insert AFTER INSERT ON project BEGIN
                INSERT INTO project_stage_tally (city_id, stage, projects) VALUES (NEW.city_id, NEW.stage, 1)
                    ON CONFLICT (city_id, stage) DO UPDATE SET projects = projects + 1;
            END;
            CREATE TRIGGER project_stage_tally_on_delete AFTER DELETE ON project BEGIN
                UPDATE project_stage_tally SET projects = projects - 1 WHERE city_id = OLD.city_id AND stage = OLD.stage;
            END;
            CREATE TRIGGER project_stage_tally_on_move AFTER UPDATE OF city_id, stage ON project
                WHEN OLD.city_id IS NOT NEW.city_id OR OLD.stage IS NOT NEW.stage BEGIN
                UPDATE project_stage_tally SET projects = projects - 1 WHERE city_id = OLD.city_id AND stage = OLD.stage;
                INSERT INTO project_stage_tally (city_id, stage, projects) VALUES (NEW.city_id, NEW.stage, 1)
                    ON CONFLICT (city_id, stage) DO UPDATE SET projects = projects + 1;
            END;
            CREATE INDEX project_by_city_stage ON project (city_id, stage, created_at, id);
            CREATE INDEX challenge_mark_by_event_seq ON challenge_mark (event_id, ledger_seq);
            """),
        // Kept answers of keyed requests are stored compressed (`AnswerCompression`).
        Migration("registry/0023-compact-kept-answers", sql: """
            ALTER TABLE idempotency_key ADD COLUMN body_format TEXT NOT NULL DEFAULT 'plain' CHECK (body_format IN ('plain', 'lz'));
            """),
        // The links mailed to reset a forgotten password, kept only as hashes.
        Migration("registry/0024-password-resets", sql: """
            CREATE TABLE password_reset (
                token_sha256 BLOB PRIMARY KEY CHECK (length(token_sha256) = 32),
                account_id TEXT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
                asked_at TEXT NOT NULL,
                expires_at TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX password_reset_by_account ON password_reset (account_id, asked_at);
            """),
        // What an applicant says about itself for staff to decide on (`ApplicationDetails`):
        // off the ledger, erased with the member.
        Migration("registry/0025-application-details", sql: """
            CREATE TABLE member_application (
                member_id TEXT PRIMARY KEY REFERENCES member (id),
                motivation TEXT,
                competencies TEXT NOT NULL DEFAULT '[]',
                weekly_hours INTEGER CHECK (weekly_hours BETWEEN 1 AND 60),
                ticket_min_kopecks INTEGER CHECK (ticket_min_kopecks >= 0),
                ticket_max_kopecks INTEGER CHECK (ticket_max_kopecks >= ticket_min_kopecks)
            ) STRICT, WITHOUT ROWID;
            """),
        // The language each account reads its mail in (`MailLanguage`).
        Migration("registry/0026-mail-language", sql: """
            ALTER TABLE account ADD COLUMN mail_language TEXT NOT NULL DEFAULT 'ru' CHECK (mail_language IN ('ru', 'en'));
            """),
        // The facilitators from the registry of facilitators who run a Game's sessions,
        // and the Games each facilitator runs.
        Migration("registry/0027-game-facilitators", sql: """
            CREATE TABLE game_facilitator (
                event_id TEXT NOT NULL REFERENCES game (event_id),
                member_id TEXT NOT NULL REFERENCES member (id),
                PRIMARY KEY (event_id, member_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX game_facilitator_by_member ON game_facilitator (member_id, event_id);
            """),
        // Witnessing (C2SP tlog-witness): the logs this node cosigns, with the latest
        // checkpoint it cosigned for each, the evidence of forks and inconsistent proofs
        // it refused; and the witnesses this node asks, with what each has cosigned.
        Migration("registry/0028-witnessing", sql: """
            CREATE TABLE witnessed_log (
                origin TEXT PRIMARY KEY,
                verifier_key TEXT NOT NULL,
                size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
                root_hash BLOB CHECK (root_hash IS NULL OR length(root_hash) = 32),
                checkpoint TEXT,
                updated_at TEXT
            ) STRICT;
            CREATE TABLE witnessed_log_evidence (
                id INTEGER PRIMARY KEY,
                origin TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason IN ('fork', 'inconsistent')),
                recorded_size INTEGER NOT NULL,
                recorded_checkpoint TEXT,
                claimed_checkpoint TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE log_witness (
                name TEXT PRIMARY KEY,
                url TEXT NOT NULL,
                verifier_key TEXT NOT NULL,
                cosigned_size INTEGER NOT NULL DEFAULT 0 CHECK (cosigned_size >= 0)
            ) STRICT;
            CREATE TABLE checkpoint_cosignature (
                size INTEGER NOT NULL,
                witness TEXT NOT NULL,
                line TEXT NOT NULL,
                PRIMARY KEY (size, witness)
            ) STRICT, WITHOUT ROWID;
            """),
        // A town's name finds its projects: the project index's body also holds the name
        // of the project's town.
        Migration("registry/0029-project-search-by-town", sql: """
            DROP TRIGGER project_search_insert;
            DROP TRIGGER project_search_update;
            DROP TRIGGER project_search_delete;
            DROP TABLE project_search;
            """
            + SearchIndexSchema.sql(table: "project", title: "$.title",
                                    body: "$.summary || ' ' || $.direction || ' ' || coalesce((SELECT name FROM city WHERE city.id = $.city_id), '')",
                                    updatedColumns: ["title", "summary", "direction", "city_id"])),
        Migration("registry/0030-road-maps", sql: """
            CREATE TABLE road_map (
                city_id TEXT PRIMARY KEY REFERENCES city (id),
                starts_on TEXT NOT NULL,
                ledger_seq INTEGER NOT NULL UNIQUE,
                created_at TEXT NOT NULL
            ) STRICT;
            CREATE TABLE road_map_step (
                city_id TEXT NOT NULL REFERENCES road_map (city_id),
                step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 14),
                owner TEXT NOT NULL,
                planned_start TEXT NOT NULL,
                planned_end TEXT NOT NULL CHECK (planned_end >= planned_start),
                status TEXT NOT NULL CHECK (status IN ('planned', 'underway', 'done')),
                done_on TEXT CHECK ((status = 'done') = (done_on IS NOT NULL)),
                event_id TEXT REFERENCES event (id),
                ledger_seq INTEGER NOT NULL,
                PRIMARY KEY (city_id, step)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE road_map_evidence (
                city_id TEXT NOT NULL,
                step INTEGER NOT NULL,
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                title TEXT NOT NULL,
                ledger_seq INTEGER NOT NULL UNIQUE,
                deposited_at TEXT NOT NULL,
                PRIMARY KEY (city_id, step, sha256),
                FOREIGN KEY (city_id, step) REFERENCES road_map_step (city_id, step)
            ) STRICT, WITHOUT ROWID;
            """),
        // The entries a town's computed indicators trace: each adoption's and each accepted
        // pledge's, found for rows written before by the ids their entries name.
        Migration("registry/0031-indicator-sources", sql: """
            ALTER TABLE project_adoption ADD COLUMN ledger_seq INTEGER;
            UPDATE project_adoption SET ledger_seq = (
                SELECT e.seq FROM ledger_entry e
                WHERE e.kind = 'project.adopt'
                  AND json_extract(CAST(e.body AS TEXT), '$.payload.project_id') = project_adoption.project_id
                  AND json_extract(CAST(e.body AS TEXT), '$.payload.city_id') = project_adoption.city_id);
            ALTER TABLE investment_pledge ADD COLUMN accept_seq INTEGER;
            UPDATE investment_pledge SET accept_seq = (
                SELECT e.seq FROM ledger_entry e
                WHERE e.kind = 'investment.accept' AND json_extract(CAST(e.body AS TEXT), '$.payload.pledge_id') = investment_pledge.id)
            WHERE status = 'accepted';
            CREATE INDEX investment_pledge_accepted ON investment_pledge (accept_seq) WHERE status = 'accepted';
            CREATE INDEX contract_by_town_fund ON contract_event (json_extract(payload, '$.terms.parameters.town_fund'))
                WHERE json_extract(payload, '$.event') = 'proposed';
            """),
        // Indicators become definitions staff add to: the seeds' seven are the first rows,
        // and a figure names its indicator by reference instead of from a fixed list.
        Migration("registry/0032-indicator-definitions", sql: """

            CREATE TABLE indicator (
                code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 40 AND code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9_]*'),
                name TEXT NOT NULL,
                name_en TEXT,
                unit TEXT NOT NULL CHECK (unit IN ('per_mille', 'kopecks', 'count')),
                direction TEXT NOT NULL CHECK (direction IN ('higher_is_better', 'lower_is_better')),
                minimum INTEGER NOT NULL,
                maximum INTEGER NOT NULL CHECK (maximum >= minimum),
                position INTEGER NOT NULL UNIQUE,
                created_at TEXT NOT NULL
            ) STRICT;
            INSERT INTO indicator (code, name, name_en, unit, direction, minimum, maximum, position, created_at) VALUES
                ('income_growth', 'Рост доходов, %', 'Income growth, %', 'per_mille', 'higher_is_better', -1000, 100000, 1, '2026-01-01T00:00:00.000Z'),
                ('asset_growth', 'Рост активов, %', 'Asset growth, %', 'per_mille', 'higher_is_better', -1000, 100000, 2, '2026-01-01T00:00:00.000Z'),
                ('leisure_spent_in_town_share', 'Досуг в своём городе, %', 'Leisure spent in town, %', 'per_mille', 'higher_is_better', 0, 1000, 3, '2026-01-01T00:00:00.000Z'),
                ('residents_leaving', 'Уехавшие жители', 'Residents leaving', 'count', 'lower_is_better', 0, 100000000, 4, '2026-01-01T00:00:00.000Z'),
                ('young_returning', 'Вернувшаяся молодёжь', 'Young people returning', 'count', 'higher_is_better', 0, 100000000, 5, '2026-01-01T00:00:00.000Z'),
                ('local_investment', 'Местные инвестиции', 'Local investment', 'kopecks', 'higher_is_better', 0, 9007199254740991, 6, '2026-01-01T00:00:00.000Z'),
                ('family_microbusinesses', 'Семейные микробизнесы', 'Family micro-businesses', 'count', 'higher_is_better', 0, 100000000, 7, '2026-01-01T00:00:00.000Z');
            CREATE TABLE city_indicator_by_code (
                id TEXT PRIMARY KEY,
                city_id TEXT NOT NULL REFERENCES city (id),
                indicator TEXT NOT NULL REFERENCES indicator (code),
                value INTEGER NOT NULL,
                measured_on TEXT NOT NULL CHECK (length(measured_on) = 10),
                recorded_at TEXT NOT NULL,
                UNIQUE (city_id, indicator, measured_on)
            ) STRICT;
            INSERT INTO city_indicator_by_code (id, city_id, indicator, value, measured_on, recorded_at)
                SELECT id, city_id, indicator, value, measured_on, recorded_at FROM city_indicator;
            DROP TABLE city_indicator;
            ALTER TABLE city_indicator_by_code RENAME TO city_indicator;
            CREATE INDEX city_indicator_by_indicator ON city_indicator (indicator, city_id, measured_on);
            """),
        // The words the full-text indexes hold, for correcting a search that found nothing.
        Migration("registry/0033-search-vocabularies", sql: """
            CREATE VIRTUAL TABLE project_search_terms USING fts5vocab (project_search, row);
            CREATE VIRTUAL TABLE ip_asset_search_terms USING fts5vocab (ip_asset_search, row);
            CREATE VIRTUAL TABLE practice_search_terms USING fts5vocab (practice_search, row);
            """),
        // The priced rounds of every cap table, which a town's invested money sums.
        Migration("registry/0034-priced-rounds", sql: """
            CREATE INDEX cap_table_priced_round ON cap_table_event (json_extract(payload, '$.type'), project_id)
                WHERE json_extract(payload, '$.type') = 'priced_round';
            """),
        // Federation: the other towns' nodes this node follows, each with the right edge of
        // its verified Merkle tree, and the towns and projects mirrored from their logs.
        Migration("registry/0035-federation", sql: """
            CREATE TABLE followed_node (
                origin TEXT PRIMARY KEY,
                url TEXT NOT NULL,
                verifier_key TEXT NOT NULL,
                size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
                right_edge BLOB NOT NULL DEFAULT x'' CHECK (length(right_edge) % 32 = 0),
                last_entry_sha256 TEXT,
                checkpoint TEXT,
                cosigned_by TEXT NOT NULL DEFAULT '',
                verified_at TEXT,
                failure_code TEXT,
                failure_detail TEXT,
                failed_at TEXT
            ) STRICT;
            CREATE TABLE mirrored_town (
                origin TEXT NOT NULL REFERENCES followed_node (origin) ON DELETE CASCADE,
                city_id TEXT NOT NULL,
                name TEXT,
                name_folded TEXT,
                region TEXT,
                entry_seq INTEGER NOT NULL,
                PRIMARY KEY (origin, city_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE mirrored_project (
                origin TEXT NOT NULL REFERENCES followed_node (origin) ON DELETE CASCADE,
                project_id TEXT NOT NULL,
                city_id TEXT NOT NULL,
                stage TEXT NOT NULL,
                title TEXT,
                title_folded TEXT,
                entry_seq INTEGER NOT NULL,
                stage_seq INTEGER NOT NULL,
                PRIMARY KEY (origin, project_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX mirrored_project_newest ON mirrored_project (entry_seq DESC);
            """),
        // The practices mirrored from followed nodes, and this node's towns adopting them,
        // each adoption with the proof that the practice's report is in that node's log.
        Migration("registry/0036-mirrored-practices", sql: """
            CREATE TABLE mirrored_practice (
                origin TEXT NOT NULL REFERENCES followed_node (origin) ON DELETE CASCADE,
                practice_id TEXT NOT NULL,
                city_id TEXT NOT NULL,
                title TEXT,
                title_folded TEXT,
                summary TEXT,
                entry_seq INTEGER NOT NULL,
                PRIMARY KEY (origin, practice_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE practice_adoption_elsewhere (
                city_id TEXT NOT NULL REFERENCES city (id),
                origin TEXT NOT NULL,
                practice_id TEXT NOT NULL,
                title TEXT NOT NULL,
                source_seq INTEGER NOT NULL,
                source_entry_sha256 TEXT NOT NULL,
                tree_size INTEGER NOT NULL,
                root_sha256 TEXT NOT NULL,
                ledger_seq INTEGER NOT NULL,
                adopted_at TEXT NOT NULL,
                PRIMARY KEY (city_id, origin, practice_id)
            ) STRICT, WITHOUT ROWID;
            """),
        // The events mirrored from followed nodes, with the hash of their sealed results and
        // whether the results the node publishes matched it.
        Migration("registry/0037-mirrored-events", sql: """
            CREATE TABLE mirrored_event (
                origin TEXT NOT NULL REFERENCES followed_node (origin) ON DELETE CASCADE,
                event_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                title TEXT,
                entry_seq INTEGER NOT NULL,
                sealed_seq INTEGER,
                results_sha256 TEXT,
                results_verified INTEGER NOT NULL DEFAULT 0 CHECK (results_verified IN (0, 1)),
                PRIMARY KEY (origin, event_id)
            ) STRICT, WITHOUT ROWID;
            """),
        // A sealed event's results are unchecked until read (a node that did not answer is
        // asked again), then match or mismatch; practices are searched in their folded
        // summary. Mirrors start over, so every record is read again in the new shape.
        Migration("registry/0038-mirror-checks", sql: """
            DROP TABLE mirrored_event;
            CREATE TABLE mirrored_event (
                origin TEXT NOT NULL REFERENCES followed_node (origin) ON DELETE CASCADE,
                event_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                title TEXT,
                entry_seq INTEGER NOT NULL,
                sealed_seq INTEGER,
                results_sha256 TEXT,
                results_check TEXT CHECK (results_check IN ('match', 'mismatch')),
                PRIMARY KEY (origin, event_id)
            ) STRICT, WITHOUT ROWID;
            ALTER TABLE mirrored_practice ADD COLUMN summary_folded TEXT;
            DELETE FROM mirrored_town;
            DELETE FROM mirrored_project;
            DELETE FROM mirrored_practice;
            UPDATE followed_node SET size = 0, right_edge = x'', last_entry_sha256 = NULL, checkpoint = NULL, cosigned_by = '', verified_at = NULL;
            """),
        // A Challenge across towns: towns of other nodes take part in an event, their teams
        // are nominated on their own node and taken from it, so a team's town is no longer
        // always a town of this node (the table is rebuilt without that reference, its
        // dependants' references checked at commit). Mirrors start over to read the acts.
        Migration("registry/0039-challenges-across-towns", sql: """
            PRAGMA defer_foreign_keys = ON;
            CREATE TABLE event_town_elsewhere (
                event_id TEXT NOT NULL REFERENCES event (id),
                origin TEXT NOT NULL,
                city_id TEXT NOT NULL,
                PRIMARY KEY (event_id, origin, city_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TEMP TABLE challenge_team_before AS SELECT * FROM challenge_team;
            DROP TABLE challenge_team;
            CREATE TABLE challenge_team (
                id TEXT PRIMARY KEY,
                event_id TEXT NOT NULL REFERENCES event (id),
                city_id TEXT NOT NULL,
                name TEXT NOT NULL,
                project_id TEXT REFERENCES project (id),
                registered_at TEXT NOT NULL,
                origin TEXT,
                source_seq INTEGER,
                source_sha256 TEXT,
                CHECK ((origin IS NULL) = (source_seq IS NULL) AND (origin IS NULL) = (source_sha256 IS NULL)),
                UNIQUE (event_id, name)
            ) STRICT;
            INSERT INTO challenge_team (id, event_id, city_id, name, project_id, registered_at)
                SELECT id, event_id, city_id, name, project_id, registered_at FROM challenge_team_before;
            DROP TABLE challenge_team_before;
            CREATE INDEX challenge_team_by_event ON challenge_team (event_id, id);
            CREATE TABLE challenge_nomination (
                team_id TEXT PRIMARY KEY,
                host_origin TEXT NOT NULL,
                event_id TEXT NOT NULL,
                city_id TEXT NOT NULL REFERENCES city (id),
                name TEXT NOT NULL,
                project_id TEXT REFERENCES project (id),
                ledger_seq INTEGER NOT NULL UNIQUE,
                nominated_at TEXT NOT NULL,
                taken_seq INTEGER,
                UNIQUE (host_origin, event_id, name)
            ) STRICT;
            CREATE TABLE mirrored_event_town (
                origin TEXT NOT NULL REFERENCES followed_node (origin) ON DELETE CASCADE,
                event_id TEXT NOT NULL,
                town_origin TEXT NOT NULL,
                city_id TEXT NOT NULL,
                PRIMARY KEY (origin, event_id, town_origin, city_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE mirrored_nomination (
                origin TEXT NOT NULL REFERENCES followed_node (origin) ON DELETE CASCADE,
                team_id TEXT NOT NULL,
                event_id TEXT NOT NULL,
                city_id TEXT NOT NULL,
                name TEXT,
                entry_seq INTEGER NOT NULL,
                entry_sha256 TEXT NOT NULL,
                refusal TEXT,
                PRIMARY KEY (origin, team_id)
            ) STRICT, WITHOUT ROWID;
            DELETE FROM mirrored_event;
            DELETE FROM mirrored_town;
            DELETE FROM mirrored_project;
            DELETE FROM mirrored_practice;
            UPDATE followed_node SET size = 0, right_edge = x'', last_entry_sha256 = NULL, checkpoint = NULL, cosigned_by = '', verified_at = NULL;
            """),
        // Indicator figures are entries from here on, and mirrored from followed nodes.
        Migration("registry/0040-mirrored-indicators", sql: """
            CREATE TABLE mirrored_indicator_figure (
                origin TEXT NOT NULL REFERENCES followed_node (origin) ON DELETE CASCADE,
                city_id TEXT NOT NULL,
                indicator TEXT NOT NULL,
                measured_on TEXT NOT NULL,
                value INTEGER NOT NULL,
                unit TEXT NOT NULL,
                entry_seq INTEGER NOT NULL,
                PRIMARY KEY (origin, indicator, city_id, measured_on)
            ) STRICT, WITHOUT ROWID;
            """),
        // A team taken from another node's nomination gets an id of this node, and keeps the
        // id the nominating node gave it beside the entry it cites.
        Migration("registry/0041-local-ids-for-teams-from-elsewhere", sql: """
            ALTER TABLE challenge_team ADD COLUMN source_team_id TEXT;
            ALTER TABLE mirrored_nomination ADD COLUMN taken_team_id TEXT;
            UPDATE challenge_team SET source_team_id = id WHERE origin IS NOT NULL;
            UPDATE mirrored_nomination SET taken_team_id = team_id
                WHERE EXISTS (SELECT 1 FROM challenge_team t WHERE t.id = mirrored_nomination.team_id AND t.origin = mirrored_nomination.origin);
            """),
    ]
}
