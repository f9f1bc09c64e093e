//! The data inventory of `docs/privacy/inventaire.md` against the schema: every column
//! of every table is described, none that does not exist, and what it says of personal
//! data agrees with what the database does on `/forget`.

use crate::support;

use support::privacy::{columns, inventory};

async fn schema() -> (tempfile::TempDir, sqlx::SqlitePool) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("schema.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    (dir, pool)
}

#[tokio::test]
async fn every_column_of_the_schema_is_in_the_inventory_and_nothing_else() {
    let (_dir, pool) = schema().await;
    let schema = columns(&pool).await;
    let described: Vec<(String, String)> = inventory()
        .into_iter()
        .map(|e| (e.table, e.column))
        .collect();
    let missing: Vec<String> = schema
        .iter()
        .filter(|c| !described.contains(c))
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/privacy/inventaire.md does not describe: {missing:?}"
    );
    let unknown: Vec<String> = described
        .iter()
        .filter(|c| !schema.contains(c))
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    assert!(
        unknown.is_empty(),
        "described but not in the schema: {unknown:?}"
    );
    let mut seen = described.clone();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), described.len(), "a column is described twice");
}

#[tokio::test]
async fn what_the_inventory_says_of_personal_data_is_what_the_schema_does() {
    let (_dir, pool) = schema().await;
    for e in inventory() {
        let name = format!("{}.{}", e.table, e.column);
        assert!(
            ["oui", "lien", "non"].contains(&e.personal.as_str()),
            "{name}: Personnelle is {:?}",
            e.personal
        );
        if e.personal == "oui" {
            assert!(e.in_mydata, "{name} is personal but not in /mydata");
        }
        if e.personal == "lien" {
            // A link to a person must let go of her when she is erased.
            let on_delete: Option<String> = sqlx::query_scalar(
                "SELECT on_delete FROM pragma_foreign_key_list(?) WHERE \"from\" = ? AND \"table\" = 'person'",
            )
            .bind(&e.table)
            .bind(&e.column)
            .fetch_optional(&pool)
            .await
            .unwrap();
            assert!(
                matches!(on_delete.as_deref(), Some("SET NULL" | "CASCADE")),
                "{name} is a link to a person that /forget would not undo: {on_delete:?}"
            );
        }
    }
}

#[tokio::test]
async fn every_column_that_points_to_a_person_is_called_a_link_unless_it_owns_her_rows() {
    // The rows these columns own are hers (her account, her roles, her invitation uses);
    // every other column pointing to a person ties her to a row that is not hers alone
    // (a message, a report, an event, a question…), and must let go of her: it is a link.
    const OWNERS: [&str; 5] = [
        "person.id",
        "telegram_account.person_id",
        "role_assignment.person_id",
        "invitation_use.person_id",
        "group_admission.person_id",
    ];
    let (_dir, pool) = schema().await;
    let pointing: Vec<(String, String)> = sqlx::query_as(
        "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f.\"table\" = 'person' ORDER BY m.name, f.\"from\"",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(!pointing.is_empty());
    let inventory = inventory();
    for (table, column) in pointing {
        let name = format!("{table}.{column}");
        if OWNERS.contains(&name.as_str()) {
            continue;
        }
        let entry = inventory
            .iter()
            .find(|e| e.table == table && e.column == column)
            .unwrap_or_else(|| panic!("{name} is not in the inventory"));
        assert_eq!(
            entry.personal, "lien",
            "{name} points to a person: the inventory must call it a link"
        );
    }
}
