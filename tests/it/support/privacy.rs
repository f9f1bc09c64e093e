//! Reading a whole database for a person's traces, and the data inventory of
//! `docs/privacy/inventaire.md`.

use agenda_mmm::bot::reply::Out;
use sqlx::{Column, Row, SqlitePool, TypeInfo, ValueRef};

/// What would betray her: her Telegram id (also her chat), her first name, the words
/// and places of the scenario (all carry "MARQUEUR"), her coordinates.
pub fn her_markers(telegram_id: i64, name: &str) -> Vec<String> {
    vec![
        telegram_id.to_string(),
        name.to_owned(),
        "MARQUEUR".into(),
        "50.694217".into(),
        "3.174631".into(),
    ]
}

/// The tables of the schema (SQLite's own excepted).
pub async fn tables(pool: &SqlitePool) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

/// Every (table, column) of the schema.
pub async fn columns(pool: &SqlitePool) -> Vec<(String, String)> {
    let mut all = vec![];
    for table in tables(pool).await {
        let names: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info(?)")
            .bind(&table)
            .fetch_all(pool)
            .await
            .unwrap();
        all.extend(names.into_iter().map(|c| (table.clone(), c)));
    }
    all
}

/// Every value of every row of every table, as text (prefixed by its table and column).
pub async fn every_value(pool: &SqlitePool) -> Vec<String> {
    let mut values = vec![];
    for table in tables(pool).await {
        let rows = sqlx::query(&format!("SELECT * FROM \"{table}\""))
            .fetch_all(pool)
            .await
            .unwrap();
        for row in rows {
            for column in row.columns() {
                let i = column.ordinal();
                let raw = row.try_get_raw(i).unwrap();
                if raw.is_null() {
                    continue;
                }
                let kind = raw.type_info().name().to_owned();
                let text = match kind.as_str() {
                    "INTEGER" | "BOOLEAN" => {
                        row.try_get_unchecked::<i64, _>(i).unwrap().to_string()
                    }
                    "REAL" => row.try_get_unchecked::<f64, _>(i).unwrap().to_string(),
                    "BLOB" => {
                        String::from_utf8_lossy(&row.try_get_unchecked::<Vec<u8>, _>(i).unwrap())
                            .into_owned()
                    }
                    _ => row.try_get_unchecked::<String, _>(i).unwrap(),
                };
                values.push(format!("{table}.{}={text}", column.name()));
            }
        }
    }
    values
}

/// The JSON document of a `/mydata` answer.
pub fn document(outs: &[Out]) -> serde_json::Value {
    let bytes = outs
        .iter()
        .find_map(|o| match o {
            Out::Document { bytes, .. } => Some(bytes),
            _ => None,
        })
        .expect("a document");
    serde_json::from_slice(bytes).expect("JSON")
}

/// One row of the inventory: a column, whether it is personal, whether /mydata has it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub table: String,
    pub column: String,
    pub personal: String,
    pub in_mydata: bool,
}

/// Reads `docs/privacy/inventaire.md`: rows whose first cell is `` `table.column` ``.
pub fn inventory() -> Vec<Entry> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/privacy/inventaire.md");
    let text = std::fs::read_to_string(path).expect("docs/privacy/inventaire.md");
    let mut header: Vec<String> = vec![];
    let mut entries = vec![];
    for line in text.lines() {
        let cells: Vec<String> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_owned())
            .collect();
        if cells.first().is_some_and(|c| c == "Colonne") {
            header = cells;
            continue;
        }
        let Some(name) = cells
            .first()
            .and_then(|c| c.strip_prefix('`'))
            .and_then(|c| c.strip_suffix('`'))
        else {
            continue;
        };
        let Some((table, column)) = name.split_once('.') else {
            continue;
        };
        let cell = |title: &str| {
            let i = header.iter().position(|h| h == title).expect(title);
            cells.get(i).cloned().unwrap_or_default()
        };
        entries.push(Entry {
            table: table.to_owned(),
            column: column.to_owned(),
            personal: cell("Personnelle"),
            in_mydata: cell("/mydata") == "oui",
        });
    }
    entries
}
