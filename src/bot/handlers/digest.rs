//! `/summary` (an area, then a period, then the digest: its heat map as a photo with the
//! text), `/export` (CSV or Open311 of a city's validated reports, as a document) and the
//! weekly digest's line in `/settings`. Permissions are checked by the services.

use super::HandlerResult;
use crate::bot::callback::{Callback, DigestButton, ScopeRef};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Label, Markup};
use crate::domain::CityId;
use crate::domain::digest::Period;
use crate::domain::report::weekday_message_id;
use crate::i18n::Msg;
use crate::outbox::digest_caption_fits;
use crate::services::export::{ExportPeriod, Format};
use crate::services::summary::{self, Target};
use crate::services::{ServiceError, digest};
use crate::store::digest as settings;

fn target(s: ScopeRef) -> Target {
    match s {
        ScopeRef::City(c) => Target::City(c),
        ScopeRef::Quartier(q) => Target::Quartier(q),
    }
}

fn scope_ref(t: Target) -> ScopeRef {
    match t {
        Target::City(c) => ScopeRef::City(c),
        Target::Quartier(q) => ScopeRef::Quartier(q),
    }
}

/// `/summary`: the areas she may ask about.
pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let choices = summary::choices(t.conn, &principal).await?;
    if choices.is_empty() {
        return Err(ServiceError::NotAllowed);
    }
    let buttons = choices.into_iter().map(|c| {
        let id = match c.target {
            Target::City(_) => "button-summary-city",
            Target::Quartier(_) => "button-summary-quartier",
        };
        Button {
            label: Label::Msg(Msg::new(id).user("area", c.name)),
            callback: Callback::Digest(DigestButton::Area(scope_ref(c.target))),
        }
    });
    t.replies.say_with(
        vec![Msg::new("summary-choose-area")],
        Markup::column(buttons),
    );
    Ok(())
}

/// An area chosen: the period comes next.
async fn area_chosen(t: &mut Turn<'_>, area: ScopeRef) -> HandlerResult {
    let b = |id: &'static str, p: Period| {
        Button::new(id, Callback::Digest(DigestButton::Show(area, p)))
    };
    let markup = Markup::column([
        b("button-period-week", Period::Week),
        b("button-period-month", Period::Month),
    ]);
    t.replies
        .say_with(vec![Msg::new("summary-choose-period")], markup);
    Ok(())
}

/// The digest: the heat map with the text as its caption when it fits, else a short
/// caption and the text right after. The figures are read here, in the update's
/// transaction; the picture is drawn when sent, after the commit (`bot::picture`).
async fn show(t: &mut Turn<'_>, area: ScopeRef, period: Period) -> HandlerResult {
    let principal = t.principal().await?;
    let d = summary::on_demand(t.conn, &principal, target(area), period, t.now).await?;
    let locale = t.replies.locale.clone();
    let text = digest::as_one(digest::lines(&d, &locale));
    if digest_caption_fits(&t.ctx.localizer.render(&locale, &text)) {
        t.replies.heatmap(d, text);
    } else {
        let short = Msg::new("digest-caption-short").user("area", d.area_name.clone());
        t.replies.heatmap(d, short);
        t.replies.say_with(vec![text], Markup::None);
    }
    Ok(())
}

/// `/export`: a button per city she coordinates and format.
pub async fn export_start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let cities = summary::export_cities(t.conn, &principal).await?;
    if cities.is_empty() {
        return Err(ServiceError::NotAllowed);
    }
    let mut buttons = vec![];
    for c in cities {
        for (id, f) in [
            ("button-export-csv", Format::Csv),
            ("button-export-open311", Format::Open311),
        ] {
            buttons.push(Button {
                label: Label::Msg(Msg::new(id).user("city", c.name.clone())),
                callback: Callback::Digest(DigestButton::Export(c.id, f)),
            });
        }
    }
    t.replies
        .say_with(vec![Msg::new("export-choose")], Markup::column(buttons));
    Ok(())
}

/// A city and format chosen: the period comes next.
async fn export_chosen(t: &mut Turn<'_>, city: CityId, format: Format) -> HandlerResult {
    summary::may_export(&t.principal().await?, city)?;
    let buttons = ExportPeriod::ALL.into_iter().map(|p| {
        Button::new(
            export_period_message(p),
            Callback::Digest(DigestButton::ExportOver(city, format, p)),
        )
    });
    t.replies.say_with(
        vec![Msg::new("export-choose-period")],
        Markup::column(buttons),
    );
    Ok(())
}

fn export_period_message(p: ExportPeriod) -> &'static str {
    match p {
        ExportPeriod::ThreeMonths => "button-export-3-months",
        ExportPeriod::TwelveMonths => "button-export-12-months",
        ExportPeriod::ThisYear => "button-export-this-year",
        ExportPeriod::Everything => "button-export-everything",
    }
}

async fn export(t: &mut Turn<'_>, request: (CityId, Format, ExportPeriod)) -> HandlerResult {
    let principal = t.principal().await?;
    let (name, bytes) =
        summary::export_file(t.conn, &principal, &t.ctx.localizer, request, t.now).await?;
    let caption = Msg::new("export-caption").msg("period", export_period_message(request.2));
    t.replies.document(&name, bytes, caption);
    Ok(())
}

/// `/settings`: the weekly digest of each city she coordinates, with its buttons.
pub async fn settings_lines(t: &mut Turn<'_>) -> Result<(Vec<Msg>, Vec<Button>), ServiceError> {
    let principal = t.principal().await?;
    let (mut parts, mut buttons) = (vec![], vec![]);
    for c in summary::export_cities(t.conn, &principal).await? {
        let s = settings::schedule(t.conn, c.id).await?;
        parts.push(
            Msg::new("settings-digest")
                .user("city", c.name.clone())
                .msg("day", weekday_message_id(s.weekday))
                .num("hour", i64::from(s.hour))
                .msg(
                    "state",
                    if s.enabled {
                        "settings-on"
                    } else {
                        "settings-off"
                    },
                ),
        );
        for (id, b) in [
            ("button-digest-day", DigestButton::Day(c.id)),
            ("button-digest-hour", DigestButton::Hour(c.id)),
            ("button-digest-toggle", DigestButton::Toggle(c.id)),
        ] {
            buttons.push(Button {
                label: Label::Msg(Msg::new(id).user("city", c.name.clone())),
                callback: Callback::Digest(b),
            });
        }
    }
    Ok((parts, buttons))
}

async fn change_schedule(t: &mut Turn<'_>, b: DigestButton) -> HandlerResult {
    let principal = t.principal().await?;
    let (city, change): (CityId, fn(settings::Schedule) -> settings::Schedule) = match b {
        DigestButton::Day(c) => (c, crate::services::digest_delivery::next_day),
        DigestButton::Hour(c) => (c, crate::services::digest_delivery::next_hour),
        DigestButton::Toggle(c) => (c, |s| settings::Schedule {
            enabled: !s.enabled,
            ..s
        }),
        DigestButton::Area(_)
        | DigestButton::Show(..)
        | DigestButton::Export(..)
        | DigestButton::ExportOver(..) => {
            return Err(ServiceError::Stale);
        }
    };
    crate::services::digest_delivery::change(t.conn, &principal, city, change, t.now).await?;
    super::settings::show(t).await
}

/// Every digest button.
pub async fn button(t: &mut Turn<'_>, b: DigestButton) -> HandlerResult {
    match b {
        DigestButton::Area(a) => area_chosen(t, a).await,
        DigestButton::Show(a, p) => show(t, a, p).await,
        DigestButton::Export(c, f) => export_chosen(t, c, f).await,
        DigestButton::ExportOver(c, f, p) => export(t, (c, f, p)).await,
        DigestButton::Day(_) | DigestButton::Hour(_) | DigestButton::Toggle(_) => {
            change_schedule(t, b).await
        }
    }
}
