//! The languages: every locale has every message of `fr`, every message formats with its
//! arguments in every language into valid Telegram HTML, and Arabic uses its plural forms.

use std::collections::BTreeSet;

use agenda_mmm::domain::Locale;
use agenda_mmm::i18n::{Arg, Localizer, Msg};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn localizer() -> Localizer {
    Localizer::embedded(&Locale::parse("fr").unwrap()).unwrap()
}

fn fr_source() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/fr/main.ftl")).unwrap()
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

/// A message with awkward values for every argument: numbers and user text with HTML.
fn with_arguments(id: &str, vars: &BTreeSet<String>, n: i64) -> Msg {
    let mut msg = Msg::new(leak(id));
    for var in vars {
        let value = match var.as_str() {
            "uses" | "count" | "max" | "id" | "n" | "used" => Arg::Num(n),
            _ => Arg::User("<b>Anne & Zoé</b> 'x'; --".into()),
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
                if !vars.is_empty()
                    && vars.iter().any(|v| {
                        !matches!(v.as_str(), "uses" | "count" | "max" | "id" | "n" | "used")
                    })
                {
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
