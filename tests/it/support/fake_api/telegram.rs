//! Telegram's rules and wire formats for the fake server: request decoding (JSON, multipart),
//! validation (Telegram HTML, length limits, keyboards) and the JSON objects the API answers with.

use axum::extract::{FromRequest, Multipart, Query, Request};
use axum::http::header;
use serde_json::{Map, Value, json};

use super::BOT_ID;

const BODY_LIMIT: usize = 64 << 20;
const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";
/// The tags Telegram HTML allows.
const TAGS: &str =
    "b strong i em u ins s strike del a code pre tg-spoiler span blockquote tg-emoji";
/// Multipart text fields that carry JSON.
const JSON_FIELDS: &str =
    "reply_markup caption_entities entities reply_parameters link_preview_options media";

/// An error answer: HTTP status, description and optional `parameters`.
pub(super) struct ApiErr {
    pub code: u16,
    pub description: String,
    pub parameters: Option<Value>,
}

impl ApiErr {
    pub fn new(code: u16, description: impl Into<String>) -> Self {
        let description = description.into();
        ApiErr {
            code,
            description,
            parameters: None,
        }
    }
}

fn bad(description: impl Into<String>) -> ApiErr {
    ApiErr::new(400, description)
}

pub(super) fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The bot as a `User` object.
pub(super) fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Agenda MMM", "username": "agenda_test_bot"})
}

pub(super) fn chat_id_of(params: &Value) -> Option<i64> {
    let chat = &params["chat_id"];
    chat.as_i64().or_else(|| chat.as_str()?.trim().parse().ok())
}

/// All buttons of `markup[key]` (a list of rows), row by row.
pub(super) fn buttons<'a>(markup: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    let rows = markup[key].as_array().map(Vec::as_slice);
    let row = |row: &'a Value| row.as_array().map(Vec::as_slice).unwrap_or_default();
    rows.unwrap_or_default().iter().flat_map(row)
}

/// A button's label: `{"text": ..}` or a bare string (reply keyboards).
pub(super) fn label(button: &Value) -> String {
    let text = button.as_str().or(button["text"].as_str());
    text.unwrap_or_default().to_owned()
}

pub(super) fn is_html(p: &Value) -> bool {
    let mode = p["parse_mode"].as_str();
    mode.is_some_and(|m| m.eq_ignore_ascii_case("html"))
}

/// What the user reads: `raw` itself, or parsed Telegram HTML.
pub(super) fn render(raw: &str, html: bool) -> Result<String, ApiErr> {
    match html {
        true => parse_html(raw).map_err(|e| bad(format!("Bad Request: can't parse entities: {e}"))),
        false => Ok(raw.to_owned()),
    }
}

/// Checks a call the way Telegram does (the rules a bot can break).
pub(super) fn validate(method: &str, p: &Value) -> Result<(), ApiErr> {
    let needs_chat = method.starts_with("send")
        || method.starts_with("editmessage")
        || ["deletemessage", "deletemessages", "pinchatmessage"].contains(&method);
    if needs_chat && chat_id_of(p).is_none() && p["inline_message_id"].is_null() {
        return Err(bad("Bad Request: chat_id is empty"));
    }
    if method == "sendmessage" || method == "editmessagetext" {
        let text = render(p["text"].as_str().unwrap_or(""), is_html(p))?;
        if text.trim().is_empty() {
            return Err(bad("Bad Request: message text is empty"));
        }
        if utf16_len(&text) > 4096 {
            return Err(bad("Bad Request: message is too long"));
        }
    }
    if let Some(caption) = p["caption"].as_str()
        && utf16_len(&render(caption, is_html(p))?) > 1024
    {
        return Err(bad("Bad Request: message caption is too long"));
    }
    let media = p["media"].as_array().map_or(0, Vec::len);
    if method == "sendmediagroup" && !(2..=10).contains(&media) {
        return Err(bad("Bad Request: media must include 2-10 items"));
    }
    let alert = p["text"].as_str();
    if method == "answercallbackquery" && alert.is_some_and(|t| utf16_len(t) > 200) {
        return Err(bad("Bad Request: MESSAGE_TOO_LONG"));
    }
    let markup = &p["reply_markup"];
    for button in buttons(markup, "inline_keyboard") {
        if label(button).is_empty() {
            return Err(bad("Bad Request: inline keyboard button text is empty"));
        }
        let has_action = button.as_object().is_some_and(|b| b.len() > 1);
        match button["callback_data"].as_str() {
            Some(data) if (1..=64).contains(&data.len()) => {}
            None if has_action && button["callback_data"].is_null() => {}
            None if !has_action => {
                let text = "Bad Request: text buttons are unallowed in the inline keyboard";
                return Err(bad(text));
            }
            _ => return Err(bad("Bad Request: BUTTON_DATA_INVALID")),
        }
    }
    if buttons(markup, "keyboard").any(|b| label(b).is_empty()) {
        return Err(bad("Bad Request: keyboard button text is empty"));
    }
    Ok(())
}

/// Parses Telegram HTML strictly; returns the text without tags and with entities decoded.
pub(super) fn parse_html(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut open: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        match c {
            '<' => {
                let unclosed = || format!("Unclosed start tag at byte offset {i}");
                let end = i + s[i..].find('>').ok_or_else(unclosed)?;
                let tag = &s[i + 1..end];
                match tag.strip_prefix('/') {
                    Some(name) => close_tag(&mut open, &name.trim().to_ascii_lowercase(), i)?,
                    None => {
                        open.push(open_tag(tag).map_err(|e| format!("{e} at byte offset {i}"))?)
                    }
                }
                i = end + 1;
            }
            '&' => {
                let unescaped =
                    || format!("Character '&' at byte offset {i} must be escaped as &amp;");
                let (ch, len) = decode_entity(&s[i..]).ok_or_else(unescaped)?;
                out.push(ch);
                i += len;
            }
            '>' => {
                return Err(format!(
                    "Character '>' at byte offset {i} must be escaped as &gt;"
                ));
            }
            c => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    match open.pop() {
        Some(o) => Err(format!(
            "Can't find end tag corresponding to start tag \"{o}\""
        )),
        None => Ok(out),
    }
}

fn close_tag(open: &mut Vec<String>, name: &str, at: usize) -> Result<(), String> {
    match open.pop() {
        Some(o) if o == name => Ok(()),
        Some(o) => Err(format!(
            "Unmatched end tag at byte offset {at}, expected \"</{o}>\", found \"</{name}>\""
        )),
        None => Err(format!("Unexpected end tag at byte offset {at}")),
    }
}

/// Checks a start tag (`tag` is what is between `<` and `>`) and returns its name.
fn open_tag(tag: &str) -> Result<String, String> {
    let (name, attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
    let name = name.to_ascii_lowercase();
    if !TAGS.split(' ').any(|t| t == name) {
        return Err(format!("Unsupported start tag \"{name}\""));
    }
    let attrs = parse_attrs(attrs)?;
    let attr = |key: &str| {
        attrs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    let missing = match name.as_str() {
        "a" => attr("href").is_none().then_some("attribute \"href\""),
        "span" => (attr("class") != Some("tg-spoiler")).then_some("class \"tg-spoiler\""),
        "tg-emoji" => attr("emoji-id")
            .is_none()
            .then_some("attribute \"emoji-id\""),
        _ => None,
    };
    match missing {
        Some(missing) => Err(format!("Tag \"{name}\" must have {missing}")),
        None => Ok(name),
    }
}

/// `key="v" key='v' key=v key` → pairs (values entity-decoded, a bare '&' kept).
fn parse_attrs(mut rest: &str) -> Result<Vec<(String, String)>, String> {
    let mut attrs = Vec::new();
    rest = rest.trim_start().trim_end_matches('/');
    while !rest.is_empty() {
        let key_end = rest.find(|c: char| c == '=' || c.is_whitespace());
        let (key, after) = rest.split_at(key_end.unwrap_or(rest.len()));
        if key.is_empty() {
            return Err("Empty attribute name".into());
        }
        rest = after.trim_start();
        let mut value = String::new();
        if let Some(r) = rest.strip_prefix('=').map(str::trim_start) {
            let (raw, after) = match r.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = 1 + r[1..].find(q).ok_or("Unclosed attribute value")?;
                    (&r[1..close], &r[close + 1..])
                }
                _ => r.split_at(r.find(char::is_whitespace).unwrap_or(r.len())),
            };
            let mut j = 0;
            while let Some(c) = raw[j..].chars().next() {
                let (ch, len) = decode_entity(&raw[j..]).unwrap_or((c, c.len_utf8()));
                value.push(ch);
                j += len;
            }
            rest = after.trim_start();
        }
        attrs.push((key.to_ascii_lowercase(), value));
    }
    Ok(attrs)
}

/// Decodes `&lt; &gt; &amp; &quot; &#NN; &#xHH;` at the start of `s`: (char, bytes used).
fn decode_entity(s: &str) -> Option<(char, usize)> {
    let (end, _) = s.char_indices().take(12).find(|&(_, c)| c == ';')?;
    let ch = match s.get(1..end)? {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        name => {
            let num = name.strip_prefix('#')?;
            let (digits, radix) = match num.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (num, 10),
            };
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            char::from_u32(u32::from_str_radix(digits, radix).ok()?)?
        }
    };
    Some((ch, end + 1))
}

/// Turns a multipart/query text field into JSON: JSON fields parsed, `*_id` numbers, booleans.
fn text_value(name: &str, text: &str) -> Value {
    if JSON_FIELDS.split(' ').any(|f| f == name) {
        return serde_json::from_str(text).unwrap_or_else(|_| json!(text));
    }
    if name.ends_with("_id")
        && let Ok(n) = text.parse::<i64>()
    {
        return json!(n);
    }
    match text {
        "true" | "false" if name != "text" && name != "caption" => json!(text == "true"),
        _ => json!(text),
    }
}

/// Request params: the query string, then the JSON or multipart body.
pub(super) async fn read_params(req: Request) -> Result<Value, String> {
    let mut params = Map::new();
    if let Ok(Query(query)) = Query::<Vec<(String, String)>>::try_from_uri(req.uri()) {
        for (k, v) in query {
            params.insert(k.clone(), text_value(&k, &v));
        }
    }
    let content_type = req.headers().get(header::CONTENT_TYPE);
    let content_type = content_type
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !content_type.starts_with("multipart/form-data") {
        let body = axum::body::to_bytes(req.into_body(), BODY_LIMIT).await;
        let body = body.map_err(|e| e.to_string())?;
        if !body.iter().all(u8::is_ascii_whitespace) {
            match serde_json::from_slice(&body) {
                Ok(Value::Object(fields)) => params.extend(fields),
                _ => return Err("can't parse JSON body".into()),
            }
        }
        return Ok(Value::Object(params));
    }
    let mut form = Multipart::from_request(req, &())
        .await
        .map_err(|e| e.body_text())?;
    while let Some(field) = form.next_field().await.map_err(|e| e.body_text())? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let data = field.bytes().await.map_err(|e| e.body_text())?;
        let value = match (&file_name, std::str::from_utf8(&data)) {
            (None, Ok(text)) => text_value(&name, text),
            _ => json!({"file_name": file_name, "size": data.len(),
                        "is_png": data.starts_with(PNG_MAGIC)}),
        };
        params.insert(name, value);
    }
    // teloxide sends `"photo": "attach://ID"` plus a file part named ID: put the file in place.
    let attached: Vec<(String, String)> = params
        .iter()
        .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.strip_prefix("attach://")?.to_owned())))
        .collect();
    for (key, part) in attached {
        if let Some(file) = params.remove(&part) {
            params.insert(key, file);
        }
    }
    Ok(Value::Object(params))
}
