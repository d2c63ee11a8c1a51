/// The SQL of a full-text index kept beside one registry table: an FTS5 table whose
/// rowid is the indexed row's rowid, filled from the rows already there and kept true
/// by triggers, so every write path (API, CSV import, erasure) updates it in the same
/// transaction without knowing it exists.
///
/// The text is folded in SQL exactly as `SearchQuery.fold` folds queries (ё → е);
/// FTS5's `unicode61` tokenizer does the case folding, for Cyrillic as for Latin.
/// The registry never runs `VACUUM`, which could renumber the rowids the index keys on.
///
/// Used by migrations: the SQL a migration ran must never change, so a later change of
/// an index is a new migration that drops and recreates it.
enum SearchIndexSchema {
    /// `title` and `body` are SQL expressions over the indexed row, written with `$`
    /// where the row (`new` or the table itself) belongs, e.g. `$.summary || ' ' || $.direction`.
    static func sql(table: String, title: String, body: String, updatedColumns: [String]) -> String {
        let index = "\(table)_search"
        func folded(_ expression: String, row: String) -> String {
            "replace(replace(coalesce(\(expression.replacingOccurrences(of: "$", with: row)), ''), 'ё', 'е'), 'Ё', 'Е')"
        }
        return """
            CREATE VIRTUAL TABLE \(index) USING fts5 (title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
            INSERT INTO \(index) (rowid, title, body) SELECT rowid, \(folded(title, row: table)), \(folded(body, row: table)) FROM \(table);
            CREATE TRIGGER \(index)_insert AFTER INSERT ON \(table) BEGIN
                INSERT INTO \(index) (rowid, title, body) VALUES (new.rowid, \(folded(title, row: "new")), \(folded(body, row: "new")));
            END;
            CREATE TRIGGER \(index)_update AFTER UPDATE OF \(updatedColumns.joined(separator: ", ")) ON \(table) BEGIN
                UPDATE \(index) SET title = \(folded(title, row: "new")), body = \(folded(body, row: "new")) WHERE rowid = new.rowid;
            END;
            CREATE TRIGGER \(index)_delete AFTER DELETE ON \(table) BEGIN
                DELETE FROM \(index) WHERE rowid = old.rowid;
            END;
            """
    }
}
