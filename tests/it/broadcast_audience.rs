//! Who a broadcast's audience names (`store::broadcasts::recipients`, `any_recipient`,
//! `still_recipients`), read as one join from `role_assignment`: the same people as
//! before, each once.

use chrono::{DateTime, Duration, Utc};
use sqlx::SqlitePool;

use agenda_mmm::domain::{
    Audience, BroadcastId, CityId, CityName, Grant, Locale, PersonId, QuartierId, QuartierName,
    QuartierPrefix, Role, Scope, TelegramUserId,
};
use agenda_mmm::store::broadcasts::{self, Broadcast};
use agenda_mmm::store::{cities, persons, quartiers, roles};

struct Town {
    pool: SqlitePool,
    _dir: tempfile::TempDir,
    city: CityId,
    q1: QuartierId,
    q2: QuartierId,
    now: DateTime<Utc>,
}

async fn town() -> Town {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bot.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    let now = Utc::now();
    let mut tx = pool.begin().await.unwrap();
    let name = CityName::parse("Roubaix").unwrap();
    let city = cities::create(&mut tx, &name, chrono_tz::Europe::Paris, None, now)
        .await
        .unwrap();
    let mut q = vec![];
    for (p, n) in [("BEL", "Belleville"), ("EPE", "Epeule")] {
        let (p, n) = (
            QuartierPrefix::parse(p).unwrap(),
            QuartierName::parse(n).unwrap(),
        );
        q.push(
            quartiers::create(&mut tx, city, &p, &n, None, now)
                .await
                .unwrap(),
        );
    }
    tx.commit().await.unwrap();
    Town {
        pool,
        _dir: dir,
        city,
        q1: q[0],
        q2: q[1],
        now,
    }
}

/// A person with a Telegram account holding `grants` from an hour ago.
async fn person(t: &Town, chat: i64, grants: &[(Role, Option<QuartierId>)]) -> PersonId {
    let mut tx = t.pool.begin().await.unwrap();
    let locale = Locale::parse("fr").unwrap();
    let new = persons::NewPerson {
        telegram_user: TelegramUserId(chat),
        chat_id: chat,
        locale: &locale,
        first_name: None,
        discreet: false,
    };
    let p = persons::create(&mut tx, new, t.now - Duration::hours(1))
        .await
        .unwrap();
    for (role, q) in grants {
        let scope = q.map_or(Scope::City(t.city), |q| Scope::Quartier(t.city, q));
        let grant = Grant { role: *role, scope };
        roles::add(&mut tx, p, grant, None, t.now - Duration::hours(1))
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    p
}

async fn sql(t: &Town, statement: &str, p: PersonId) {
    sqlx::query(statement)
        .bind(p.0)
        .execute(&t.pool)
        .await
        .unwrap();
}

async fn named(t: &Town, a: &Audience, except: Option<PersonId>) -> Vec<PersonId> {
    let mut conn = t.pool.acquire().await.unwrap();
    let people = broadcasts::recipients(&mut conn, a, t.city, except, t.now)
        .await
        .unwrap();
    let any = broadcasts::any_recipient(&mut conn, a, t.city, except, t.now)
        .await
        .unwrap();
    assert_eq!(any, !people.is_empty(), "any_recipient agrees");
    people.into_iter().map(|(p, _)| p).collect()
}

fn audience(quartiers: Vec<QuartierId>, roles: Vec<Role>) -> Audience {
    Audience {
        quartiers,
        roles,
        ..Audience::default()
    }
}

#[tokio::test]
async fn an_audience_names_each_active_holder_once_and_city_roles_only_for_the_whole_city() {
    let t = town().await;
    let coordinator = person(&t, 1, &[(Role::Coordinator, None)]).await;
    let mother = person(&t, 2, &[(Role::Mother, Some(t.q1))]).await;
    // Two roles that the audience names: she is named once.
    let both = person(
        &t,
        3,
        &[(Role::Mother, Some(t.q1)), (Role::Relay, Some(t.q1))],
    )
    .await;
    let elsewhere = person(&t, 4, &[(Role::Mother, Some(t.q2))]).await;
    let actor = person(&t, 5, &[(Role::Actor, Some(t.q1))]).await;
    let ended = person(&t, 6, &[(Role::Mother, Some(t.q1))]).await;
    sql(
        &t,
        "UPDATE role_assignment SET ends_at = datetime('now', '-1 minute') WHERE person_id = ?",
        ended,
    )
    .await;
    let future = person(&t, 7, &[(Role::Mother, Some(t.q1))]).await;
    sql(
        &t,
        "UPDATE role_assignment SET starts_at = '2999-01-01T00:00:00+00:00' WHERE person_id = ?",
        future,
    )
    .await;
    let no_account = person(&t, 8, &[(Role::Mother, Some(t.q1))]).await;
    sql(
        &t,
        "DELETE FROM telegram_account WHERE person_id = ?",
        no_account,
    )
    .await;

    let city = audience(vec![], vec![]);
    let everyone = vec![coordinator, mother, both, elsewhere, actor];
    assert_eq!(named(&t, &city, None).await, everyone);
    assert_eq!(named(&t, &city, Some(coordinator)).await, everyone[1..]);
    let q1 = audience(vec![t.q1], vec![]);
    assert_eq!(named(&t, &q1, None).await, vec![mother, both, actor]);
    let mothers = audience(vec![t.q1, t.q2], vec![Role::Mother]);
    assert_eq!(
        named(&t, &mothers, None).await,
        vec![mother, both, elsewhere]
    );
    let coordinators = audience(vec![t.q1], vec![Role::Coordinator]);
    assert_eq!(named(&t, &coordinators, None).await, vec![]);

    let b = Broadcast {
        id: BroadcastId(1),
        city: t.city,
        author: Some(coordinator),
        author_chat: Some(1),
        audience: mothers,
        default_locale: Locale::parse("fr").unwrap(),
        status: "sending".into(),
        send_at: t.now,
        recipients: 0,
        understood: 0,
        progress_message: None,
        progress_text: None,
        progress_at: None,
    };
    let all = [coordinator, mother, both, elsewhere, actor, ended, future];
    let mut conn = t.pool.acquire().await.unwrap();
    let still = broadcasts::still_recipients(&mut conn, &b, &all, t.now)
        .await
        .unwrap();
    let mut still: Vec<PersonId> = still.into_iter().collect();
    still.sort();
    assert_eq!(still, vec![mother, both, elsewhere]);
}
