//! The lists of a quartier's reports for those who triage: open or closed, by category or
//! status, by page.

use super::HandlerResult;
use crate::bot::callback::Callback;
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Label, Markup};
use crate::domain::QuartierId;
use crate::domain::report::{Category, ReportStatus};
use crate::domain::time::format_day;
use crate::i18n::Msg;
use crate::services::{ServiceError, triage};
use crate::store::cities;
use crate::store::reports::Filter;

const PAGE: i64 = 10;

/// Which list of a quartier's reports: open or closed, one category or all, a page.
#[derive(Debug, Clone, Copy)]
pub struct List {
    pub quartier: QuartierId,
    pub closed: bool,
    pub page: u16,
    pub category: Option<u8>,
    pub status: Option<u8>,
}

impl List {
    pub fn first(quartier: QuartierId) -> Self {
        List {
            quartier,
            closed: false,
            page: 0,
            category: None,
            status: None,
        }
    }

    pub fn callback(self) -> Callback {
        Callback::TriageList {
            quartier: self.quartier,
            closed: self.closed,
            page: self.page,
            category: self.category,
            status: self.status,
        }
    }
}

pub async fn show_list(t: &mut Turn<'_>, list: List) -> HandlerResult {
    let status = match list.status {
        Some(code) => Some(
            *ReportStatus::ALL
                .get(usize::from(code))
                .ok_or(ServiceError::Stale)?,
        ),
        None => None,
    };
    let filter = match (status, list.closed) {
        (Some(s), _) => Filter::Status(s),
        (None, true) => Filter::Closed,
        (None, false) => Filter::Open,
    };
    let category = match list.category {
        Some(code) => Some(Category::from_code(code).ok_or(ServiceError::Stale)?),
        None => None,
    };
    let offset = i64::from(list.page) * PAGE;
    let principal = t.principal().await?;
    let (q, reports, total) = triage::list(
        t.conn,
        &principal,
        list.quartier,
        filter,
        category,
        PAGE,
        offset,
    )
    .await?;
    let shown = if list.closed {
        "triage-filter-closed"
    } else {
        "triage-filter-open"
    };
    let mut parts = vec![
        Msg::new("triage-list-header")
            .user("place", q.name)
            .num("count", total)
            .msg("filter", shown),
    ];
    if let Some(c) = category {
        parts.push(Msg::new("triage-list-category").msg("category", c.message_id()));
    }
    if let Some(s) = status {
        parts.push(Msg::new("triage-list-category").msg("category", s.message_id()));
    }
    let tz = cities::time_zone(t.conn, q.city).await?;
    let locale = t.replies.locale.clone();
    let mut rows: Vec<Vec<Button>> = reports
        .iter()
        .map(|r| {
            let label = Msg::new("triage-list-button")
                .plain("reference", r.reference.clone())
                .plain("date", format_day(r.created_at, tz, &locale))
                .msg("kind", r.when_kind.message_id())
                .msg("status", r.status.message_id())
                .msg("category", r.category.message_id());
            vec![Button {
                label: Label::Msg(label),
                callback: Callback::TriageOpen(r.id),
            }]
        })
        .collect();
    let mut nav = vec![];
    if list.page > 0 {
        let previous = List {
            page: list.page - 1,
            ..list
        };
        nav.push(Button::new("button-previous", previous.callback()));
    }
    if offset + PAGE < total {
        let next = List {
            page: list.page + 1,
            ..list
        };
        nav.push(Button::new("button-next", next.callback()));
    }
    let other = if list.closed {
        "button-show-open"
    } else {
        "button-show-closed"
    };
    let toggled = List {
        closed: !list.closed,
        page: 0,
        status: None,
        ..list
    };
    nav.push(Button::new(other, toggled.callback()));
    rows.push(nav);
    let by_category = Callback::TriageCategories {
        quartier: list.quartier,
        closed: list.closed,
    };
    rows.push(vec![Button::new("button-by-category", by_category)]);
    t.replies.say_with(parts, Markup::Inline(rows));
    Ok(())
}

/// The categories to filter a list by, and "all".
pub async fn choose_category(
    t: &mut Turn<'_>,
    quartier: QuartierId,
    closed: bool,
) -> HandlerResult {
    let all = List {
        closed,
        ..List::first(quartier)
    };
    let mut buttons: Vec<Button> = Category::ALL
        .into_iter()
        .map(|c| {
            Button::new(
                c.message_id(),
                List {
                    category: Some(c.code()),
                    ..all
                }
                .callback(),
            )
        })
        .collect();
    buttons.extend(ReportStatus::ALL.into_iter().zip(0u8..).map(|(s, code)| {
        Button::new(
            s.message_id(),
            List {
                status: Some(code),
                ..all
            }
            .callback(),
        )
    }));
    buttons.push(Button::new("button-all-categories", all.callback()));
    t.replies.say_with(
        vec![Msg::new("triage-choose-category")],
        Markup::column(buttons),
    );
    Ok(())
}
