//! The languages: every locale has every message of `fr`, every message formats with its
//! arguments in every language into valid Telegram HTML, and Arabic uses its plural forms.

use std::collections::BTreeSet;
use strum::IntoEnumIterator;

use agenda_mmm::domain::report::Audience;
use agenda_mmm::domain::{Action, CityId, Grant, Locale, Principal, QuartierId, Role, Scope};
use agenda_mmm::i18n::{Arg, Localizer, Msg};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn localizer() -> Localizer {
    Localizer::embedded(&Locale::parse("fr").unwrap()).unwrap()
}

/// Every French file (`locales/fr/*.ftl`), in name order, joined: each feature may keep its
/// messages in a file of its own.
fn fr_source() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/fr");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap() + "\n")
        .collect()
}

fn variables_in(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    let inline = match expression {
        Expression::Inline(inline) => inline,
        Expression::Select { selector, variants } => {
            for v in variants {
                variables_in(&v.value, out);
            }
            selector
        }
    };
    if let InlineExpression::VariableReference { id } = inline {
        out.insert(id.name.to_owned());
    }
}

/// Every message of fr with the variables it takes.
fn messages() -> Vec<(String, BTreeSet<String>)> {
    let source = fr_source();
    let resource = fluent_syntax::parser::parse(source.as_str()).expect("fr parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables_in(value, &mut vars);
                }
                Some((m.id.name.to_owned(), vars))
            }
            _ => None,
        })
        .collect()
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

/// The arguments the code always passes as numbers (`Msg::num`).
const NUMERIC: [&str; 39] = [
    // /health.
    "members",
    "active",
    "unreachable",
    // Solutions and actions (issue 17).
    "mothers",
    "actors",
    "supporters",
    "overdue",
    "open",
    "waiting",
    "better",
    "same",
    "worse",
    "action",
    "question",
    "uses",
    "count",
    "max",
    "id",
    "n",
    "used",
    "hours",
    "days",
    "months",
    "outbox",
    "log",
    "warning",
    "erasure",
    "roles",
    "reports",
    "questions",
    "messages",
    // Meetings.
    "duration",
    "items",
    "yes",
    "maybe",
    "no",
    "silent",
    "children",
    "others",
];

fn is_numeric(var: &str) -> bool {
    NUMERIC.contains(&var)
}

/// A message with awkward values for every argument: numbers and user text with HTML.
fn with_arguments(id: &str, vars: &BTreeSet<String>, n: i64) -> Msg {
    let mut msg = Msg::new(leak(id));
    for var in vars {
        let value = if is_numeric(var) {
            Arg::Num(n)
        } else {
            Arg::User("<b>Anne & Zoé</b> 'x'; --".into())
        };
        msg = msg.arg(leak(var), value);
    }
    msg
}

const ALLOWED_TAGS: [&str; 3] = ["b", "code", "i"];

/// A small check of Telegram's HTML: only simple tags, balanced, and no bare `<` or `&`.
fn check_html(text: &str) -> Result<(), String> {
    let mut open = vec![];
    let mut rest = text;
    while let Some(i) = rest.find(['<', '&']) {
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix('&') {
            let ok = ["lt;", "gt;", "amp;", "quot;"]
                .iter()
                .any(|e| after.starts_with(e));
            if !ok {
                return Err(format!("bare & in {text:?}"));
            }
            rest = after;
            continue;
        }
        let end = tail.find('>').ok_or(format!("unclosed tag in {text:?}"))?;
        let tag = &tail[1..end];
        if let Some(name) = tag.strip_prefix('/') {
            if open.pop() != Some(name.to_owned()) {
                return Err(format!("misnested </{name}> in {text:?}"));
            }
        } else if ALLOWED_TAGS.contains(&tag) {
            open.push(tag.to_owned());
        } else {
            return Err(format!("tag <{tag}> in {text:?}"));
        }
        rest = &tail[end + 1..];
    }
    if open.is_empty() {
        Ok(())
    } else {
        Err(format!("unclosed {open:?} in {text:?}"))
    }
}

#[test]
fn six_languages_are_shipped() {
    let names: Vec<_> = localizer()
        .locales()
        .map(|l| l.as_str().to_owned())
        .collect();
    assert_eq!(names, ["ar", "en", "es", "fr", "pt", "tr"]);
}

#[test]
fn every_locale_has_every_message_of_french() {
    let l = localizer();
    let fr: BTreeSet<String> = l
        .message_ids(&Locale::parse("fr").unwrap())
        .into_iter()
        .collect();
    assert!(fr.len() > 100);
    for locale in l.locales() {
        let ids: BTreeSet<String> = l.message_ids(locale).into_iter().collect();
        let missing: Vec<_> = fr.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&fr).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale} has messages fr does not: {extra:?}"
        );
    }
}

#[test]
fn every_message_formats_with_its_arguments_into_valid_html_in_every_language() {
    let l = localizer();
    for locale in l.locales() {
        for (id, vars) in messages() {
            for n in [0, 1, 2, 5, 11, 100] {
                let msg = with_arguments(&id, &vars, n);
                let text = l
                    .try_render(locale, &msg)
                    .unwrap_or_else(|e| panic!("{locale} {id}: {e}"));
                assert!(!text.trim().is_empty(), "{locale} {id} is empty");
                check_html(&text).unwrap_or_else(|e| panic!("{locale} {id}: {e}"));
                if vars.iter().any(|v| !is_numeric(v)) {
                    assert!(
                        !text.contains("<b>Anne"),
                        "{locale} {id}: user text not escaped"
                    );
                }
            }
        }
    }
}

#[test]
fn translations_are_not_copies_of_french() {
    let l = localizer();
    let fr = Locale::parse("fr").unwrap();
    for locale in l.locales().filter(|l| **l != fr) {
        // Messages made only of their arguments ("{ $day }") are the same everywhere.
        let same: Vec<String> = messages()
            .into_iter()
            .filter(|(id, vars)| {
                let msg = with_arguments(id, vars, 3);
                l.render(locale, &msg) == l.render(&fr, &msg)
            })
            .map(|(id, _)| id)
            .filter(|id| !id.starts_with("weekday-"))
            .collect();
        // A few short ones may be the same word ("Discrimination", "3 photos").
        let total = messages().len();
        assert!(
            same.len() * 20 <= total,
            "{locale}: identical to French: {same:?}"
        );
    }
}

#[test]
fn arabic_uses_its_six_plural_forms() {
    let l = localizer();
    let ar = Locale::parse("ar").unwrap();
    let forms: BTreeSet<String> = [0, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| {
            let msg = Msg::new("members-header")
                .user("place", "X")
                .num("count", n);
            l.render(&ar, &msg)
                .replace(['\u{2068}', '\u{2069}'], "")
                .replace(&n.to_string(), "#")
        })
        .collect();
    assert_eq!(forms.len(), 6, "{forms:#?}");
}

#[test]
fn french_and_english_use_singular_and_plural() {
    let l = localizer();
    for lang in ["fr", "en"] {
        let locale = Locale::parse(lang).unwrap();
        let one = l.render(
            &locale,
            &Msg::new("members-header")
                .user("place", "X")
                .num("count", 1),
        );
        let many = l.render(
            &locale,
            &Msg::new("members-header")
                .user("place", "X")
                .num("count", 7),
        );
        assert!(
            many.contains('7') && !one.contains('1'),
            "{lang}: {one} / {many}"
        );
    }
}

#[test]
fn arabic_text_carries_isolation_marks_and_others_do_not() {
    let l = localizer();
    let msg = Msg::new("linkgroup-done").user("quartier", "Belleville");
    assert!(
        l.render(&Locale::parse("ar").unwrap(), &msg)
            .contains('\u{2068}')
    );
    assert!(
        !l.render(&Locale::parse("en").unwrap(), &msg)
            .contains('\u{2068}')
    );
}

fn one(role: Role, scope_of_quartier: Scope) -> Principal {
    let scope = if role.is_quartier_role() {
        scope_of_quartier
    } else {
        Scope::City(scope_of_quartier.city())
    };
    Principal {
        grants: vec![Grant { role, scope }],
        is_admin: false,
    }
}

/// A role's name as an audience text may write it: singular, or plural where defined.
fn role_names(l: &Localizer, locale: &Locale, role: Role) -> Vec<String> {
    let plural = leak(&format!("{}-plural", role.message_id()));
    [role.message_id(), plural]
        .into_iter()
        .filter_map(|id| l.try_render(locale, &Msg::new(id)).ok())
        .map(|name| name.to_lowercase())
        .collect()
}

#[test]
fn every_role_that_may_read_a_report_is_named_by_the_audience_she_chooses() {
    let l = localizer();
    let quartier = Scope::Quartier(CityId(1), QuartierId(1));
    for audience in Audience::iter() {
        let action = Action::TriageRawReports {
            quartier,
            relays_allowed: audience.relays_allowed(),
        };
        let readers: Vec<Role> = Role::iter()
            .filter(|r| one(*r, quartier).may(action))
            .collect();
        assert!(readers.contains(&Role::Coordinator));
        for locale in l.locales() {
            for id in [audience.button_id(), audience.summary_id()] {
                let text = l.render(locale, &Msg::new(id)).to_lowercase();
                for role in Role::iter() {
                    let names = role_names(&l, locale, role);
                    let named = names.iter().any(|n| text.contains(n.as_str()));
                    if readers.contains(&role) {
                        assert!(named, "{locale} {id} «{text}» does not name {role:?}");
                    } else if role != Role::Mother {
                        // "mother" is part of "relay mother": only other roles are checked.
                        assert!(!named, "{locale} {id} «{text}» names {role:?}");
                    }
                }
            }
        }
    }
}

/// Words a language leaves the same in the singular (French "mois").
const INVARIABLE: [&str; 4] = ["mois", "fois", "mes", "mês"];

/// The word right after each standalone "1" of a text.
fn words_after_one(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = vec![];
    for i in 0..chars.len() {
        let before_ok = i == 0 || !(chars[i - 1].is_alphanumeric() || ".,/".contains(chars[i - 1]));
        if chars[i] == '1' && before_ok && chars.get(i + 1) == Some(&' ') {
            let word: String = chars[i + 2..]
                .iter()
                .take_while(|c| c.is_alphabetic())
                .collect();
            out.push(word);
        }
    }
    out
}

#[test]
fn every_number_shown_takes_the_right_plural_in_every_language() {
    let l = localizer();
    for locale in l.locales() {
        let plural_s = matches!(locale.as_str(), "fr" | "en" | "es" | "pt");
        for (id, vars) in messages() {
            if !vars.iter().any(|v| is_numeric(v)) {
                continue;
            }
            for n in [0, 1, 2, 5, 11] {
                let text = l.render(locale, &with_arguments(&id, &vars, n));
                if n != 1 || !plural_s {
                    continue;
                }
                for word in words_after_one(&text) {
                    let plural = word.len() > 2
                        && word.ends_with('s')
                        && !INVARIABLE.contains(&word.as_str());
                    assert!(!plural, "{locale} {id}: «1 {word}» in {text}");
                }
            }
        }
    }
}

/// A text as Telegram shows it: tags removed, entities decoded.
fn displayed(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Commands, legal references and codes: left-to-right pieces of an Arabic sentence.
fn ltr_pieces(text: &str) -> Vec<String> {
    let mut out = vec![];
    for raw in text.split(|c: char| c.is_whitespace() || "()«»،؛:".contains(c)) {
        let piece: String = raw
            .chars()
            .filter(|c| !('\u{2066}'..='\u{2069}').contains(c) && *c != '\u{200e}')
            .collect();
        let piece = piece.trim_end_matches(['.', ',']);
        let is_command = piece.starts_with('/') && piece.len() > 1;
        let is_reference =
            piece.contains('.') && piece.chars().next().is_some_and(|c| c.is_ascii_digit());
        let is_code = piece.contains('-')
            && piece.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            && piece.chars().any(|c| c.is_ascii_digit());
        if is_command || is_reference || is_code {
            out.push(piece.to_owned());
        }
    }
    out
}

/// The text in the order the eye reads it on screen, line by line.
fn visual(text: &str) -> String {
    let info = unicode_bidi::BidiInfo::new(text, None);
    info.paragraphs
        .iter()
        .map(|p| info.reorder_line(p, p.range.clone()).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn arabic_shows_every_command_and_reference_left_to_right_and_intact() {
    let l = localizer();
    let ar = Locale::parse("ar").unwrap();
    let mut checked = 0;
    for (id, vars) in messages() {
        let text = displayed(&l.render(&ar, &with_arguments(&id, &vars, 3)));
        let seen = visual(&text);
        for piece in ltr_pieces(&text) {
            checked += 1;
            assert!(
                seen.matches(piece.as_str()).count() >= text.matches(piece.as_str()).count(),
                "ar {id}: «{piece}» is shown broken: {seen}"
            );
        }
    }
    assert!(checked > 30, "only {checked} commands checked");
}

#[test]
fn arabic_previous_and_next_buttons_point_the_way_arabic_reads() {
    let l = localizer();
    let ar = Locale::parse("ar").unwrap();
    let shown = |id: &'static str| visual(&l.render(&ar, &Msg::new(id))).replace('\u{fe0f}', "");
    // Right to left, what comes before is on the right: the arrow points right.
    let previous = shown("button-previous");
    let next = shown("button-next");
    assert!(previous.trim_end().ends_with('▶'), "{previous}");
    assert!(next.trim_start().starts_with('◀'), "{next}");
    // Left to right, the other way round.
    let fr = Locale::parse("fr").unwrap();
    assert!(l.render(&fr, &Msg::new("button-previous")).starts_with('◀'));
}

/// Every message of a language as a reader sees it, with short plain arguments.
fn shown_messages(l: &Localizer, locale: &Locale) -> Vec<(String, String)> {
    messages()
        .into_iter()
        .map(|(id, vars)| {
            let mut msg = Msg::new(leak(&id));
            for var in &vars {
                let value = if is_numeric(var) {
                    Arg::Num(3)
                } else {
                    Arg::User("Roubaix".into())
                };
                msg = msg.arg(leak(var), value);
            }
            let text = displayed(&l.render(locale, &msg)).replace(['\u{2066}', '\u{2069}'], "");
            (id, text)
        })
        .collect()
}

/// The words of a line: pieces with at least one letter or digit (not "—", "•" or an emoji).
fn words(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// A bullet a mother reads in one breath. The limit holds in all six languages: Turkish
/// and Arabic glue small words to their nouns, so they use fewer words than French.
/// No exception is needed: the CNIL's postal address, the longest, has its own bullet.
const MAX_WORDS_PER_BULLET: usize = 25;

#[test]
fn no_bullet_runs_over_twenty_five_words_in_any_language() {
    let l = localizer();
    let mut bullets = 0;
    let mut long = vec![];
    for locale in l.locales() {
        for (id, text) in shown_messages(&l, locale) {
            for line in text.lines().map(str::trim) {
                if line.starts_with('•') || line.starts_with("- ") {
                    bullets += 1;
                    let n = words(line);
                    if n > MAX_WORDS_PER_BULLET {
                        long.push(format!("{locale} {id}: {n} words: {line}"));
                    }
                }
            }
        }
    }
    assert!(long.is_empty(), "bullets too long:\n{}", long.join("\n"));
    assert!(bullets > 100, "only {bullets} bullets checked");
}

/// Per language, words that must not be shown: jargon ("moment d'incohésion" stays in the
/// documentation), a second word for an idea that already has one (French says "sujet",
/// never "catégorie"), or a word that means something else to the reader (Spanish
/// "socios" are business partners; Turkish "bildirim" is Telegram's own notification).
const FORBIDDEN: [(&str, &[&str]); 6] = [
    ("fr", &["incohésion", "catégorie", "signé", "signe "]),
    ("en", &["incohesion", "category", "topic", "signs "]),
    (
        "es",
        &[
            "incohesión",
            "categoría",
            "socios",
            "socio ",
            "colegio",
            "firma ",
        ],
    ),
    (
        "pt",
        &[
            "incoesão",
            "categoria",
            "sócios",
            "sócio ",
            "denúncia",
            "assina ",
        ],
    ),
    (
        "tr",
        &["bildirim", "bildirdikleriniz", "kategori", "paydaş", "imza"],
    ),
    // Arabic: one word for data (معلومات), for erasing (حذف) and for an answer (جواب).
    (
        "ar",
        &["فئة", "بيانات", "يمحو", "مُحي", "يُمحى", "إجاب", "توقيع"],
    ),
];

#[test]
fn no_language_shows_a_forbidden_word() {
    let l = localizer();
    let mut found = vec![];
    for (lang, forbidden) in FORBIDDEN {
        let locale = Locale::parse(lang).unwrap();
        for (id, text) in shown_messages(&l, &locale) {
            let text = text.to_lowercase();
            for word in forbidden.iter().filter(|w| text.contains(**w)) {
                found.push(format!("{lang} {id} says «{word}»: {text}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// Per language, a legal term and the plain words that must come with it in every message
/// that uses it: the controller is "who answers for your data", the CNIL is the State's
/// body that protects personal data, the legal basis is what allows us to use them.
const EXPLAINED: [(&str, &str, &str); 18] = [
    ("fr", "responsable du traitement", "répond"),
    ("fr", "base légale", "autorise"),
    ("fr", "cnil", "protège les données"),
    ("en", "data controller", "responsible for"),
    ("en", "cnil", "protects personal data"),
    ("en", "legal basis", "allows"),
    ("es", "responsable del tratamiento", "responde"),
    ("es", "cnil", "protege los datos"),
    ("es", "base legal", "permite"),
    ("pt", "responsável pelo tratamento", "responde"),
    ("pt", "cnil", "protege os dados"),
    ("pt", "base legal", "permite"),
    ("tr", "veri sorumlusu", "sorumlu olan"),
    ("tr", "cnil", "koruyan"),
    ("tr", "hukuki dayanak", "izin veren"),
    ("ar", "المسؤول عن المعالجة", "الجهة المسؤولة عن"),
    ("ar", "cnil", "تحمي المعلومات"),
    ("ar", "الأساس القانوني", "يسمح لنا"),
];

#[test]
fn the_controller_and_the_cnil_are_explained_wherever_they_are_named() {
    let l = localizer();
    let mut bare = vec![];
    for (lang, term, explanation) in EXPLAINED {
        let locale = Locale::parse(lang).unwrap();
        let mut seen = 0;
        for (id, text) in shown_messages(&l, &locale) {
            let text = text.to_lowercase();
            if text.contains(term) {
                seen += 1;
                if !text.contains(explanation) {
                    bare.push(format!(
                        "{lang} {id} names «{term}» without «{explanation}»: {text}"
                    ));
                }
            }
        }
        assert!(seen > 0, "{lang} never names «{term}»");
    }
    assert!(bare.is_empty(), "{}", bare.join("\n"));
}

#[test]
fn lists_are_joined_as_each_language_joins_them() {
    let l = localizer();
    let items = || {
        Arg::List(
            ["Alpha", "Beta", "Gamma"]
                .into_iter()
                .map(|s| Arg::Plain(s.into()))
                .collect(),
        )
    };
    for (lang, joined) in [
        ("fr", "Alpha, Beta et Gamma"),
        ("en", "Alpha, Beta, and Gamma"),
        ("es", "Alpha, Beta y Gamma"),
        ("pt", "Alpha, Beta e Gamma"),
        ("tr", "Alpha, Beta ve Gamma"),
        // CLDR's Arabic "and" list puts و before every item after the first (its "،"
        // is in the list of measures, "A، وB").
        ("ar", "Alpha وBeta وGamma"),
    ] {
        let locale = Locale::parse(lang).unwrap();
        let msg = Msg::new("error-not-allowed-instead").arg("commands", items());
        let text = agenda_mmm::i18n::strip_marks(&l.render(&locale, &msg));
        assert!(text.contains(joined), "{lang}: {text}");
    }
    // One item is itself; none is nothing.
    let fr = Locale::parse("fr").unwrap();
    let one = Msg::new("error-not-allowed-instead")
        .arg("commands", Arg::List(vec![Arg::Plain("Alpha".into())]));
    assert!(l.render(&fr, &one).ends_with(": Alpha"));
}
