//! `/report`: the danger numbers first, then quartier, category, when, where, what, who may
//! read it, named or anonymous, a summary to confirm; and `/myreports`.

use chrono::{DateTime, Utc};

use super::report_prompt::{Found, button, prompt_for};
use super::{HandlerResult, report_summary, show_menu};
use crate::bot::callback::{Callback, ReportButton};
use crate::bot::context::Turn;
use crate::bot::incoming::Attachment;
use crate::bot::reply::{Button, Markup};
use crate::bot::report_draft::{DraftPlace, PhotoAlbum, ReportDraft, ReportStep};
use crate::bot::state::State;
use crate::domain::report::{Audience, MAX_PHOTOS, slot::weekday_bit};
use crate::i18n::Msg;
use crate::services::ServiceError;
use crate::services::reports::{self, Opening};
use crate::store;

const MAX_PLACE: usize = 300;
const MAX_TEXT: usize = 3000;

pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let her = t.person.clone().ok_or(ServiceError::NotAllowed)?;
    let max = t.ctx.limits.reports_per_day;
    let (places, offer_discreet) = match reports::open(t.conn, &principal, &her, max, t.now).await?
    {
        Opening::OverLimit { max } => return report_summary::over_limit(t, max),
        Opening::NoQuartier => {
            t.state = State::Idle;
            t.replies.say("report-not-member");
            return Ok(());
        }
        Opening::Ready {
            quartiers,
            offer_discreet,
        } => (quartiers, offer_discreet),
    };
    let danger = Markup::column([Button::new("button-danger-now", Callback::DangerNow)]);
    t.replies.say_with(vec![Msg::new("report-danger")], danger);
    // Her first report: discreet mode is offered again.
    if offer_discreet {
        let offer = Markup::Inline(vec![vec![
            Button::new("button-discreet-on", Callback::DiscreetOffer(true)),
            Button::new("button-discreet-off", Callback::DiscreetOffer(false)),
        ]]);
        t.replies
            .say_with(vec![Msg::new("report-discreet-offer")], offer);
    }
    let mut draft = ReportDraft::default();
    if let [only] = places.as_slice() {
        draft.quartier = Some(only.id);
    }
    advance(t, draft).await
}

/// Moves to the next missing step and asks for it.
async fn advance(t: &mut Turn<'_>, draft: ReportDraft) -> HandlerResult {
    let step = draft.next_step();
    ask(t, step, draft).await
}

async fn ask(t: &mut Turn<'_>, step: ReportStep, draft: ReportDraft) -> HandlerResult {
    let found = match step {
        ReportStep::Quartier => {
            let principal = t.principal().await?;
            Found::Quartiers(reports::reportable_quartiers(t.conn, &principal).await?)
        }
        ReportStep::Confirm => Found::Summary(report_summary::summary(t, &draft).await?),
        _ => Found::Nothing,
    };
    let (msg, buttons) = prompt_for(step, &draft, found);
    t.state = State::Report { step, draft };
    t.replies.say_with(vec![msg], Markup::column(buttons));
    Ok(())
}

fn draft_of(t: &Turn<'_>) -> Result<(ReportStep, ReportDraft), ServiceError> {
    match &t.state {
        State::Report { step, draft } => Ok((*step, draft.clone())),
        _ => Err(ServiceError::Stale),
    }
}

pub async fn button_pressed(t: &mut Turn<'_>, b: ReportButton) -> HandlerResult {
    let (step, mut d) = draft_of(t)?;
    let has_name = t.person.as_ref().is_some_and(|p| p.first_name.is_some());
    match take_button(step, b, &mut d, t.inc.at, has_name)? {
        Next::Cancel => cancel(t).await,
        Next::Ask(step, shown) => ask(t, step, shown).await,
        Next::Confirm => super::report_summary::confirm(t, d).await,
        Next::Advance => advance(t, d).await,
    }
}

/// What is left to do once the draft took a button.
#[derive(Debug, PartialEq)]
enum Next {
    /// On to the next step the draft needs.
    Advance,
    /// Show this step again, with this draft (not stored yet).
    Ask(ReportStep, ReportDraft),
    Confirm,
    Cancel,
}

/// The draft takes a button pressed at `step` (pure): a button of another step is stale.
fn take_button(
    step: ReportStep,
    b: ReportButton,
    d: &mut ReportDraft,
    at: DateTime<Utc>,
    has_name: bool,
) -> Result<Next, ServiceError> {
    match (step, b) {
        (_, ReportButton::Cancel) => return Ok(Next::Cancel),
        (ReportStep::Quartier, ReportButton::Quartier(q)) => d.quartier = Some(q),
        (ReportStep::Category, ReportButton::Category(c)) => d.category = Some(c),
        (ReportStep::When, ReportButton::When(w)) => {
            d.when = Some(w);
            d.told_at = Some(at);
        }
        (ReportStep::Weekdays, ReportButton::Weekday(day)) => {
            let mut shown = d.clone();
            shown.weekdays ^= weekday_bit(day);
            return Ok(Next::Ask(ReportStep::Weekdays, shown));
        }
        (ReportStep::Weekdays, ReportButton::WeekdaysDone) if d.weekdays != 0 => {}
        (ReportStep::Slot, ReportButton::Slot(s)) => d.slot = Some(s),
        (ReportStep::Place, ReportButton::Skip) => d.place_done = true,
        (ReportStep::Content, ReportButton::Skip | ReportButton::ContentDone) => {
            d.content_done = true
        }
        (ReportStep::Audience, ReportButton::Audience(relays)) => {
            d.audience = Some(if relays {
                Audience::WithRelays
            } else {
                Audience::CoordinatorOnly
            });
        }
        (ReportStep::Identity, ReportButton::Named(named)) => d.anonymous = Some(!named),
        (ReportStep::MediaWarning, ReportButton::KeepMedia(keep)) => {
            if !keep {
                d.voice = None;
                d.photos.clear();
                if matches!(d.place, Some(DraftPlace::Location { .. })) {
                    d.place = None;
                }
            }
            d.media_checked = true;
        }
        (ReportStep::Confirm, ReportButton::Confirm) => return Ok(Next::Confirm),
        (ReportStep::Confirm, ReportButton::Change) => {
            return Ok(Next::Ask(ReportStep::Change, d.clone()));
        }
        (ReportStep::Change, ReportButton::ChangeStep(step)) => d.reset(step),
        _ => return Err(ServiceError::Stale),
    }
    // Without a first name there is nothing to show: her report is anonymous.
    if d.anonymous.is_none() && d.next_step() == ReportStep::Identity && !has_name {
        d.anonymous = Some(true);
    }
    Ok(Next::Advance)
}

pub async fn text(t: &mut Turn<'_>, text: &str) -> HandlerResult {
    let (step, mut d) = draft_of(t)?;
    let limit = match step {
        ReportStep::Place => MAX_PLACE,
        ReportStep::Content => MAX_TEXT,
        _ => {
            t.replies.say("error-expected-choice");
            return Ok(());
        }
    };
    let Some(text) = super::bounded_text(t, text, limit) else {
        return Ok(());
    };
    if step == ReportStep::Place {
        d.place = Some(DraftPlace::Text(text));
        d.place_done = true;
    } else {
        d.text = Some(text);
        d.content_done = true;
    }
    advance(t, d).await
}

/// A photo at the content step: added up to the cap, which is said when reached. The
/// photos of one album are answered by one message, kept up to date ("6 photos added").
fn photo(t: &mut Turn<'_>, d: &mut ReportDraft, file_id: &str) {
    let group = t.inc.media_group.clone();
    let (added, refused) = add_photo(d, file_id, group.as_deref());
    let parts = photos_told(added, refused, d.photos.len());
    let buttons = Markup::column(vec![
        button("button-continue", ReportButton::ContentDone),
        button("button-cancel-report", ReportButton::Cancel),
    ]);
    match group {
        Some(g) => t.replies.say_once_for(&g, parts, buttons),
        None => t.replies.say_with(parts, buttons),
    }
}

/// Adds a photo unless the draft has its cap; returns the photos added and refused so far
/// in its album (or for this photo alone, outside an album).
fn add_photo(d: &mut ReportDraft, file_id: &str, group: Option<&str>) -> (u32, u32) {
    let full = d.photos.len() >= MAX_PHOTOS;
    if !full {
        d.photos.push(file_id.to_owned());
    }
    let Some(g) = group else {
        return (u32::from(!full), u32::from(full));
    };
    if d.album.as_ref().is_none_or(|a| a.group != g) {
        d.album = Some(PhotoAlbum {
            group: g.to_owned(),
            ..PhotoAlbum::default()
        });
    }
    let a = d.album.as_mut().expect("set above");
    if full {
        a.refused += 1;
    } else {
        a.added += 1;
    }
    (a.added, a.refused)
}

/// What she is told: how many photos were added, how many were not (over the cap), or
/// that the cap is now reached.
fn photos_told(added: u32, refused: u32, photos: usize) -> Vec<Msg> {
    let mut parts = vec![];
    if added > 0 {
        parts.push(Msg::new("report-photos-added").num("count", i64::from(added)));
    }
    if refused > 0 {
        parts.push(
            Msg::new("report-photos-not-taken")
                .num("count", i64::from(refused))
                .num("max", MAX_PHOTOS as i64),
        );
    } else if photos == MAX_PHOTOS {
        parts.push(Msg::new("report-photo-cap-reached").num("max", MAX_PHOTOS as i64));
    }
    parts
}

pub async fn attachment(t: &mut Turn<'_>, attachment: &Attachment) -> HandlerResult {
    let (step, mut d) = draft_of(t)?;
    match (step, attachment) {
        (
            ReportStep::Place,
            Attachment::Location {
                latitude,
                longitude,
            },
        ) => {
            d.place = Some(DraftPlace::Location {
                latitude: *latitude,
                longitude: *longitude,
            });
            d.place_done = true;
        }
        (ReportStep::Content, Attachment::Voice { file_id }) => {
            d.voice = Some(file_id.clone());
            d.content_done = true;
        }
        (ReportStep::Content, Attachment::Photo { file_id }) => {
            photo(t, &mut d, file_id);
            t.state = State::Report { step, draft: d };
            return Ok(());
        }
        (ReportStep::Place, _) => {
            t.replies.say("report-expected-place");
            return Ok(());
        }
        (ReportStep::Content, _) => {
            t.replies.say("report-expected-content");
            return Ok(());
        }
        _ => {
            t.replies.say("error-expected-choice");
            return Ok(());
        }
    }
    advance(t, d).await
}

pub async fn cancel(t: &mut Turn<'_>) -> HandlerResult {
    t.state = State::Idle;
    t.end_discreet_dialogue().await?;
    t.replies.say("report-cancelled");
    show_menu(t, "menu-shown").await
}

/// Her answer to the discreet-mode offer: remembered, so that it is not made again; "yes"
/// turns the mode on. The report goes on where it was.
pub async fn discreet_offer_answered(t: &mut Turn<'_>, on: bool) -> HandlerResult {
    let person = t.person_id()?;
    store::persons::discreet_offer_answered(t.conn, person, t.now).await?;
    if on {
        store::persons::set_discreet(t.conn, person, true).await?;
        if let Some(p) = t.person.as_mut() {
            p.discreet = true;
        }
        t.replies.say("report-discreet-accepted");
    } else {
        t.replies.say("report-discreet-declined");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::reply::Label;
    use crate::bot::report_draft::WhenChoice;
    use crate::domain::report::Category;

    fn at() -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000, 0).unwrap()
    }

    /// A draft at the audience step (quartier, category, now, place and content given).
    fn at_audience() -> ReportDraft {
        ReportDraft {
            quartier: Some(crate::domain::QuartierId(1)),
            category: Some(Category::Neighbours),
            when: Some(WhenChoice::Now),
            place_done: true,
            content_done: true,
            ..ReportDraft::default()
        }
    }

    #[test]
    fn a_button_of_another_step_is_stale_and_changes_nothing() {
        let mut d = at_audience();
        let taken = take_button(ReportStep::Place, ReportButton::Confirm, &mut d, at(), true);
        assert!(matches!(taken, Err(ServiceError::Stale)));
        assert_eq!(d, at_audience());
    }

    #[test]
    fn without_a_first_name_her_report_is_anonymous_and_she_is_not_asked() {
        let audience = ReportButton::Audience(true);
        let mut d = at_audience();
        let taken = take_button(ReportStep::Audience, audience, &mut d, at(), false);
        assert_eq!(taken.unwrap(), Next::Advance);
        assert_eq!(
            (d.audience, d.anonymous),
            (Some(Audience::WithRelays), Some(true))
        );
        let mut d = at_audience();
        take_button(ReportStep::Audience, audience, &mut d, at(), true).unwrap();
        assert_eq!(
            d.next_step(),
            ReportStep::Identity,
            "with a name she chooses"
        );
    }

    #[test]
    fn change_shows_the_steps_to_change_and_cancel_cancels_from_any_step() {
        let mut d = at_audience();
        let taken = take_button(
            ReportStep::Confirm,
            ReportButton::Change,
            &mut d,
            at(),
            true,
        );
        assert_eq!(taken.unwrap(), Next::Ask(ReportStep::Change, at_audience()));
        for step in [
            ReportStep::Quartier,
            ReportStep::Content,
            ReportStep::Confirm,
        ] {
            let taken = take_button(step, ReportButton::Cancel, &mut d, at(), true);
            assert_eq!(taken.unwrap(), Next::Cancel);
        }
    }

    #[test]
    fn the_photos_of_one_album_are_counted_together_and_those_over_the_cap_are_refused() {
        let mut d = ReportDraft {
            photos: vec!["earlier".into(); MAX_PHOTOS - 2],
            ..ReportDraft::default()
        };
        let counts: Vec<_> = ["a", "b", "c", "d"]
            .into_iter()
            .map(|photo| add_photo(&mut d, photo, Some("album-1")))
            .collect();
        assert_eq!(counts, [(1, 0), (2, 0), (2, 1), (2, 2)]);
        assert_eq!(d.photos.len(), MAX_PHOTOS);
        assert_eq!(
            add_photo(&mut d, "e", None),
            (0, 1),
            "alone, outside an album"
        );
        let told: Vec<_> = photos_told(2, 2, MAX_PHOTOS)
            .into_iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(told, ["report-photos-added", "report-photos-not-taken"]);
        let told: Vec<_> = photos_told(1, 0, MAX_PHOTOS)
            .into_iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(told, ["report-photos-added", "report-photo-cap-reached"]);
    }

    use chrono::Weekday;

    fn audience_first(category: Category) -> Callback {
        let draft = ReportDraft {
            category: Some(category),
            ..ReportDraft::default()
        };
        let (_, buttons) = prompt_for(ReportStep::Audience, &draft, Found::Nothing);
        buttons[0].callback.clone()
    }

    #[test]
    fn the_audience_her_category_suggests_is_offered_first() {
        let coordinator_only = Callback::Report(ReportButton::Audience(false));
        let with_relays = Callback::Report(ReportButton::Audience(true));
        assert_eq!(audience_first(Category::Harassment), coordinator_only);
        assert_eq!(audience_first(Category::Incivility), with_relays);
    }

    #[test]
    fn the_weekdays_she_ticked_are_marked_and_done_comes_last() {
        let draft = ReportDraft {
            weekdays: weekday_bit(Weekday::Tue) | weekday_bit(Weekday::Sun),
            ..ReportDraft::default()
        };
        let (msg, buttons) = prompt_for(ReportStep::Weekdays, &draft, Found::Nothing);
        assert_eq!(msg.id, "report-ask-weekdays");
        let ticked: Vec<usize> = (0..buttons.len())
            .filter(|i| matches!(&buttons[*i].label, Label::Msg(m) if m.id == "weekday-ticked"))
            .collect();
        assert_eq!(ticked, [1, 6]);
        assert_eq!(
            buttons.last().map(|b| b.callback.clone()),
            Some(Callback::Report(ReportButton::WeekdaysDone))
        );
    }
}
