//! The export's rows read through SQLite's C API on the connection's own handle: a year
//! of a city is some 200,000 rows, and sqlx copies every column of every row and sends
//! them over a channel between its worker thread and the caller, which cost more than
//! SQLite's own work. Here one statement is stepped in place and each column is read as
//! a borrowed slice. The only unsafe code of the export, kept to this file: a prepared
//! statement finalized on drop, read only while the connection's lock is held.

use std::ffi::{CStr, c_int};
use std::ptr::NonNull;

use libsqlite3_sys as ffi;
use sqlx::SqliteConnection;

/// A parameter of a statement.
pub enum Param<'a> {
    Int(i64),
    Text(&'a str),
}

/// A prepared statement of `db`, finalized when dropped.
struct Statement {
    db: NonNull<ffi::sqlite3>,
    stmt: NonNull<ffi::sqlite3_stmt>,
}

impl Drop for Statement {
    fn drop(&mut self) {
        // SAFETY: `stmt` was prepared on `db`, is finalized once, here, and no row
        // borrowed from it outlives `self`.
        unsafe { ffi::sqlite3_finalize(self.stmt.as_ptr()) };
    }
}

/// SQLite's message for the last error of `db`.
fn error(db: NonNull<ffi::sqlite3>) -> sqlx::Error {
    // SAFETY: `db` is an open connection; the message is copied before any other call.
    let msg = unsafe { CStr::from_ptr(ffi::sqlite3_errmsg(db.as_ptr())) };
    sqlx::Error::Protocol(format!("sqlite: {}", msg.to_string_lossy()))
}

fn check(db: NonNull<ffi::sqlite3>, code: c_int) -> sqlx::Result<()> {
    if code == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(error(db))
    }
}

impl Statement {
    fn prepare(db: NonNull<ffi::sqlite3>, sql: &str, params: &[Param]) -> sqlx::Result<Self> {
        let mut stmt = std::ptr::null_mut();
        let len = c_int::try_from(sql.len()).map_err(|_| sqlx::Error::Protocol("sql".into()))?;
        // SAFETY: `sql` is valid for `len` bytes; SQLite writes the statement to `stmt`.
        let code = unsafe {
            ffi::sqlite3_prepare_v2(
                db.as_ptr(),
                sql.as_ptr().cast(),
                len,
                &mut stmt,
                std::ptr::null_mut(),
            )
        };
        check(db, code)?;
        let stmt = NonNull::new(stmt).ok_or_else(|| sqlx::Error::Protocol("empty sql".into()))?;
        let statement = Statement { db, stmt };
        for (i, p) in (1..).zip(params) {
            // SAFETY: SQLITE_TRANSIENT makes SQLite copy the text before returning.
            let code = unsafe {
                match p {
                    Param::Int(n) => ffi::sqlite3_bind_int64(stmt.as_ptr(), i, *n),
                    Param::Text(t) => ffi::sqlite3_bind_text(
                        stmt.as_ptr(),
                        i,
                        t.as_ptr().cast(),
                        c_int::try_from(t.len()).unwrap_or(c_int::MAX),
                        ffi::SQLITE_TRANSIENT(),
                    ),
                }
            };
            check(db, code)?;
        }
        Ok(statement)
    }
}

/// The current row of a statement; its slices live until the next step.
pub struct Row<'a> {
    stmt: &'a Statement,
}

impl Row<'_> {
    fn is_null(&self, i: c_int) -> bool {
        // SAFETY: the statement holds a row (`SQLITE_ROW` was returned) until next step.
        unsafe { ffi::sqlite3_column_type(self.stmt.stmt.as_ptr(), i) == ffi::SQLITE_NULL }
    }

    /// Column `i` as text (`None` for NULL).
    pub fn text(&self, i: c_int) -> sqlx::Result<Option<&str>> {
        if self.is_null(i) {
            return Ok(None);
        }
        let stmt = self.stmt.stmt.as_ptr();
        // SAFETY: text first, then its length, as SQLite documents; the bytes stay valid
        // while `self` borrows the statement (no step, reset or finalize meanwhile).
        let bytes = unsafe {
            let ptr = ffi::sqlite3_column_text(stmt, i);
            let len = ffi::sqlite3_column_bytes(stmt, i);
            if ptr.is_null() {
                return Ok(Some(""));
            }
            std::slice::from_raw_parts(ptr, usize::try_from(len).unwrap_or(0))
        };
        std::str::from_utf8(bytes)
            .map(Some)
            .map_err(|_| sqlx::Error::Protocol("text that is not UTF-8".into()))
    }

    pub fn int(&self, i: c_int) -> i64 {
        // SAFETY: as `is_null`.
        unsafe { ffi::sqlite3_column_int64(self.stmt.stmt.as_ptr(), i) }
    }

    pub fn real(&self, i: c_int) -> Option<f64> {
        // SAFETY: as `is_null`.
        (!self.is_null(i))
            .then(|| unsafe { ffi::sqlite3_column_double(self.stmt.stmt.as_ptr(), i) })
    }
}

/// Runs `sql` on the connection's own handle and gives each row to `each`, in order.
/// The connection is locked meanwhile (sqlx's worker waits); works inside a transaction.
pub async fn for_each_row(
    conn: &mut SqliteConnection,
    sql: &str,
    params: &[Param<'_>],
    mut each: impl FnMut(&Row<'_>) -> sqlx::Result<()>,
) -> sqlx::Result<()> {
    let mut handle = conn.lock_handle().await?;
    let db = handle.as_raw_handle();
    let stmt = Statement::prepare(db, sql, params)?;
    loop {
        // SAFETY: a prepared statement of this connection, which this thread holds locked.
        match unsafe { ffi::sqlite3_step(stmt.stmt.as_ptr()) } {
            ffi::SQLITE_ROW => each(&Row { stmt: &stmt })?,
            ffi::SQLITE_DONE => return Ok(()),
            _ => return Err(error(stmt.db)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn memory() -> SqliteConnection {
        use sqlx::Connection;
        SqliteConnection::connect("sqlite::memory:").await.unwrap()
    }

    #[tokio::test]
    async fn rows_come_in_order_with_texts_numbers_reals_and_nulls() {
        let mut conn = memory().await;
        let sql = "SELECT ?1 + 1, ?2 || 'é', NULL, 1.5 UNION ALL SELECT 7, 'b', 'c', NULL";
        let mut seen = vec![];
        for_each_row(&mut conn, sql, &[Param::Int(41), Param::Text("caf")], |r| {
            seen.push((
                r.int(0),
                r.text(1)?.map(str::to_owned),
                r.text(2)?.map(str::to_owned),
                r.real(3),
            ));
            Ok(())
        })
        .await
        .unwrap();
        assert_eq!(
            seen,
            [
                (42, Some("café".into()), None, Some(1.5)),
                (7, Some("b".into()), Some("c".into()), None)
            ]
        );
        // The connection is usable by sqlx afterwards.
        let n: i64 = sqlx::query_scalar("SELECT 3")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(n, 3);
    }

    #[tokio::test]
    async fn a_bad_statement_or_a_failing_row_is_an_error_not_a_crash() {
        let mut conn = memory().await;
        let bad = for_each_row(&mut conn, "SELECT FROM nowhere", &[], |_| Ok(())).await;
        assert!(bad.is_err());
        let mut calls = 0;
        let stopped = for_each_row(&mut conn, "SELECT 1 UNION ALL SELECT 2", &[], |_| {
            calls += 1;
            Err(sqlx::Error::RowNotFound)
        })
        .await;
        assert!(stopped.is_err());
        assert_eq!(calls, 1);
    }
}
