//! `/privacy` (short, then the details on a button), `/mydata` and `/forget`.

use super::{HandlerResult, show_menu};
use crate::bot::callback::{Callback, PrivacyButton};
use crate::bot::context::{Retention, Turn};
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::{City, PrivacySettings};
use crate::i18n::{Arg, Msg};
use crate::services::privacy;

/// A setting of a city's notice as an argument: as typed, or "not given yet".
pub(super) fn given(msg: Msg, name: &'static str, value: Option<&str>) -> Msg {
    match value {
        Some(v) => msg.user(name, v),
        None => msg.msg(name, "privacy-not-named"),
    }
}

/// Who answers for her data in a city, and how to reach them. Until the coordinator
/// names the controller, it is said plainly to be not named — no kind of controller,
/// and so no legal basis, is assumed for the city.
fn controller(city: &City, s: &PrivacySettings) -> Msg {
    if s.controller.is_none() {
        return Msg::new("privacy-controller-not-named").user("city", &city.name);
    }
    let msg = Msg::new("privacy-controller")
        .user("city", &city.name)
        .msg("kind", s.kind.message_id());
    let msg = given(msg, "controller", s.controller.as_ref().map(|c| c.as_str()));
    let msg = given(msg, "address", s.address.as_ref().map(|c| c.as_str()));
    given(msg, "contact", s.dpo_contact.as_ref().map(|c| c.as_str()))
}

async fn cities(t: &mut Turn<'_>) -> Result<Vec<(City, PrivacySettings)>, super::ServiceError> {
    let principal = t.principal().await?;
    privacy::her_cities(t.conn, &principal).await
}

/// Each of her cities with the months after closing when a report's content is erased
/// there: the city's own choice, or the default.
fn retention_months(
    cities: &[(City, PrivacySettings)],
    default_months: i64,
) -> impl Iterator<Item = (&City, i64)> {
    cities.iter().map(move |(city, s)| {
        let months = s
            .report_retention
            .map_or(default_months, |m| i64::from(m.get()));
        (city, months)
    })
}

/// `/privacy`: the short notice, with a button for the details.
pub async fn notice(t: &mut Turn<'_>) -> HandlerResult {
    let mut parts = vec![t.ctx.registration_notice()];
    let cities = cities(t).await?;
    if cities.is_empty() {
        parts.push(Msg::new("privacy-controller-unknown"));
    }
    parts.extend(cities.iter().map(|(c, s)| controller(c, s)));
    parts.push(Msg::new("privacy-short"));
    let details = Button::new(
        "button-privacy-details",
        Callback::Privacy(PrivacyButton::Details),
    );
    t.replies.say_with(parts, Markup::column([details]));
    Ok(())
}

/// The full notice: what, why, on what basis, who sees it, how long, her rights, the CNIL.
pub async fn details(t: &mut Turn<'_>) -> HandlerResult {
    let cities = cities(t).await?;
    let r = t.ctx.retention;
    let mut parts = vec![Msg::new("privacy-details-collected")];
    if cities.is_empty() {
        parts.push(Msg::new("privacy-basis-unknown"));
    }
    for (city, s) in &cities {
        parts.push(match s.controller {
            Some(_) => Msg::new("privacy-basis")
                .user("city", &city.name)
                .msg("basis", s.kind.legal_basis_id()),
            None => Msg::new("privacy-basis-not-named").user("city", &city.name),
        });
    }
    parts.push(Msg::new("privacy-details-who-sees"));
    let default_months = Retention::months(r.report_days);
    for (city, months) in retention_months(&cities, default_months) {
        parts.push(
            Msg::new("privacy-retention-city")
                .user("city", &city.name)
                .num("months", months),
        );
    }
    parts.push(
        Msg::new("privacy-details-retention")
            .num("hours", t.ctx.dialogue_ttl.num_hours())
            .num("months", default_months)
            .num("outbox", r.outbox_days)
            .num("warning", Retention::months(r.inactive_warning_days))
            .num("erasure", Retention::months(r.inactive_erasure_days))
            .num("log", Retention::months(r.access_log_days)),
    );
    parts.push(Msg::new("privacy-details-rights"));
    parts.push(Msg::new("privacy-details-telegram"));
    t.replies.say_with(parts, Markup::None);
    Ok(())
}

/// `/mydata`: a readable summary, and the whole of it as a JSON file.
pub async fn my_data(t: &mut Turn<'_>) -> HandlerResult {
    let Some(person) = t.person.clone() else {
        t.replies.say("privacy-nothing-held");
        return Ok(());
    };
    let data = privacy::her_data(t.conn, person.id).await?;
    let s = &data.summary;
    let since = s
        .since
        .as_deref()
        .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok())
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let summary = Msg::new("mydata-summary")
        .plain("since", since)
        .num("roles", s.roles as i64)
        .num("reports", s.reports as i64)
        .num("questions", s.questions as i64)
        .num("messages", s.messages as i64);
    let summary = match &s.first_name {
        Some(name) => summary.user("name", name),
        None => summary.msg("name", "settings-name-none"),
    };
    let mut parts = vec![summary];
    if !s.groups.is_empty() {
        let names = s.groups.iter().map(|g| Arg::User(g.clone())).collect();
        parts.push(Msg::new("mydata-groups").arg("quartiers", Arg::List(names)));
    }
    if person.discreet {
        parts.push(Msg::new("mydata-discreet"));
    }
    t.replies.say_with(parts, Markup::None);
    let bytes = serde_json::to_vec_pretty(&data.document).map_err(anyhow::Error::from)?;
    t.replies
        .document("agenda-mmm-mydata.json", bytes, Msg::new("mydata-caption"));
    Ok(())
}

/// `/forget`: what will go and what will stay, then a confirmation.
pub async fn forget(t: &mut Turn<'_>) -> HandlerResult {
    if t.person.is_none() {
        t.replies.say("privacy-nothing-held");
        return Ok(());
    }
    // An anonymous report already detached from her is not erased by /forget but by the
    // retention rule of its city: say when, city by city.
    let cities = cities(t).await?;
    let default_months = Retention::months(t.ctx.retention.report_days);
    let mut retention: Vec<Arg> = retention_months(&cities, default_months)
        .map(|(city, months)| {
            Arg::Nested(Box::new(
                Msg::new("forget-retention-city")
                    .user("city", &city.name)
                    .num("months", months),
            ))
        })
        .collect();
    if retention.is_empty() {
        retention.push(Arg::Nested(Box::new(
            Msg::new("forget-retention-default").num("months", default_months),
        )));
    }
    let confirm = Msg::new("forget-confirm").arg("retention", Arg::List(retention));
    let resume = Box::new(std::mem::take(&mut t.state));
    t.state = State::ForgetConfirm { resume };
    let buttons = Markup::column([
        Button::new(
            "button-forget-yes",
            Callback::Privacy(PrivacyButton::Forget(true)),
        ),
        Button::new(
            "button-forget-no",
            Callback::Privacy(PrivacyButton::Forget(false)),
        ),
    ]);
    t.replies.say_with(vec![confirm], buttons);
    Ok(())
}

/// Her answer: erase, or keep everything and go back to where she was (a report being
/// written goes on).
pub async fn forget_answered(t: &mut Turn<'_>, erase: bool, resume: State) -> HandlerResult {
    t.state = State::Idle;
    let Some(person) = t.person.take() else {
        return super::not_registered(t).await;
    };
    if !erase {
        t.person = Some(person);
        if resume == State::Idle {
            return show_menu(t, "forget-kept").await;
        }
        t.state = resume;
        t.replies.say("forget-kept");
        return Ok(());
    }
    let kept = privacy::forget(t.conn, person.id, t.now).await?;
    t.forgotten = true;
    // Her own "/" list goes too: her chat is back to the list of everyone.
    t.replies.remove_commands();
    t.replies.say_with(
        vec![Msg::new("forget-done").num("reports", kept as i64)],
        Markup::RemoveMenu,
    );
    Ok(())
}
