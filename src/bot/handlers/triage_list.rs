//! The lists of a quartier's reports for those who triage: open or closed, by category or
//! status, by page.

use chrono_tz::Tz;

use super::HandlerResult;
use crate::bot::callback::Callback;
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Label, Markup};
use crate::domain::report::{Category, ReportStatus};
use crate::domain::time::format_day;
use crate::domain::{Locale, QuartierId};
use crate::i18n::Msg;
use crate::services::triage;
use crate::store::cities;
use crate::store::reports::{Filter, Report};
use strum::IntoEnumIterator;

const PAGE: i64 = 10;

/// Which list of a quartier's reports: open or closed, one category or all, a page.
#[derive(Debug, Clone, Copy)]
pub struct List {
    pub quartier: QuartierId,
    pub closed: bool,
    pub page: u16,
    pub category: Option<Category>,
    pub status: Option<ReportStatus>,
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
    let filter = match (list.status, list.closed) {
        (Some(s), _) => Filter::Status(s),
        (None, true) => Filter::Closed,
        (None, false) => Filter::Open,
    };
    let (category, status) = (list.category, list.status);
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
    let tz = cities::time_zone(t.conn, q.city).await?;
    let parts = header(q.name, total, list.closed, category, status);
    let mut rows = report_rows(&reports, tz, &t.replies.locale);
    rows.extend(navigation(list, total));
    t.replies.say_with(parts, Markup::Inline(rows));
    Ok(())
}

/// The list's heading: the quartier, how many reports, open or closed, and the filter.
fn header(
    place: String,
    total: i64,
    closed: bool,
    category: Option<Category>,
    status: Option<ReportStatus>,
) -> Vec<Msg> {
    let shown = if closed {
        "triage-filter-closed"
    } else {
        "triage-filter-open"
    };
    let mut parts = vec![
        Msg::new("triage-list-header")
            .user("place", place)
            .num("count", total)
            .msg("filter", shown),
    ];
    if let Some(c) = category {
        parts.push(Msg::new("triage-list-category").msg("category", c.message_id()));
    }
    if let Some(s) = status {
        parts.push(Msg::new("triage-list-category").msg("category", s.message_id()));
    }
    parts
}

/// One button per report: reference, day, when, status and category; it opens the report.
fn report_rows(reports: &[Report], tz: Tz, locale: &Locale) -> Vec<Vec<Button>> {
    reports
        .iter()
        .map(|r| {
            let label = Msg::new("triage-list-button")
                .plain("reference", r.reference.clone())
                .plain("date", format_day(r.created_at, tz, locale))
                .msg("kind", r.when_kind.message_id())
                .msg("status", r.status.message_id())
                .msg("category", r.category.message_id());
            vec![Button {
                label: Label::Msg(label),
                callback: Callback::TriageOpen(r.id),
            }]
        })
        .collect()
}

/// Previous and next pages, open ↔ closed, and the filters.
fn navigation(list: List, total: i64) -> Vec<Vec<Button>> {
    let mut nav = vec![];
    if list.page > 0 {
        let previous = List {
            page: list.page - 1,
            ..list
        };
        nav.push(Button::new("button-previous", previous.callback()));
    }
    if (i64::from(list.page) + 1) * PAGE < total {
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
    let by_category = Callback::TriageCategories {
        quartier: list.quartier,
        closed: list.closed,
    };
    vec![nav, vec![Button::new("button-by-category", by_category)]]
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
    let mut buttons: Vec<Button> = Category::iter()
        .map(|c| {
            Button::new(
                c.message_id(),
                List {
                    category: Some(c),
                    ..all
                }
                .callback(),
            )
        })
        .collect();
    buttons.extend(ReportStatus::iter().map(|s| {
        Button::new(
            s.message_id(),
            List {
                status: Some(s),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The message ids of the buttons, row by row.
    fn ids(rows: &[Vec<Button>]) -> Vec<Vec<String>> {
        let id = |b: &Button| match &b.label {
            Label::Msg(m) => m.id.to_string(),
            Label::Raw(r) => r.clone(),
        };
        rows.iter()
            .map(|row| row.iter().map(id).collect())
            .collect()
    }

    #[test]
    fn the_first_page_offers_the_next_the_last_the_previous_and_a_single_page_neither() {
        let first = List::first(QuartierId(7));
        assert_eq!(
            ids(&navigation(first, 25)),
            [
                vec!["button-next", "button-show-closed"],
                vec!["button-by-category"]
            ]
        );
        let last = List { page: 2, ..first };
        assert_eq!(
            ids(&navigation(last, 25))[0],
            ["button-previous", "button-show-closed"]
        );
        let closed = List {
            closed: true,
            ..first
        };
        assert_eq!(ids(&navigation(closed, PAGE))[0], ["button-show-open"]);
    }
}
