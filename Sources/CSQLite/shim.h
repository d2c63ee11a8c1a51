#ifndef GLOCAL_CSQLITE_SHIM_H
#define GLOCAL_CSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro Swift cannot import: it tells SQLite to copy bound bytes.
static inline sqlite3_destructor_type glocal_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// sqlite3_db_config is variadic; this fixed-arity wrapper lets Swift set integer options.
static inline int glocal_sqlite_db_config_int(sqlite3 *db, int op, int value) {
    return sqlite3_db_config(db, op, value, (int *)0);
}

/// Records the log's length in frames after each commit into `frames`, in place of
/// SQLite's own automatic checkpoint (which the same hook drives): the writer then
/// decides when and where the log is copied back.
static int glocal_sqlite_record_log_frames(void *frames, sqlite3 *db, const char *name, int count) {
    (void)db;
    (void)name;
    *(int *)frames = count;
    return SQLITE_OK;
}

static inline void glocal_sqlite_track_log_frames(sqlite3 *db, int *frames) {
    sqlite3_wal_hook(db, glocal_sqlite_record_log_frames, frames);
}
#endif
