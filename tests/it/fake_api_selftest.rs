//! Self-test of the fake Telegram Bot API server (tests/it/support/fake_api.rs),
//! driven by teloxide itself as the client.

use crate::support::fake_api;

use std::time::Duration;

use fake_api::{FakeApi, Fault, PollEnd, TestUser};
use serde_json::json;
use teloxide::prelude::*;
use teloxide::types::{
    CallbackQueryId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, KeyboardButton,
    KeyboardMarkup, MessageId, ParseMode, UpdateKind,
};
use teloxide::{ApiError, RequestError};

const SECOND: Duration = Duration::from_secs(1);

fn bot(api: &FakeApi) -> Bot {
    Bot::new(FakeApi::TOKEN).set_api_url(api.url().parse().expect("url"))
}

fn keyboard(data: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new([[InlineKeyboardButton::callback("Yes", data)]])
}

fn is_cant_parse(result: &Result<Message, RequestError>) -> bool {
    matches!(
        result,
        Err(RequestError::Api(ApiError::CantParseEntities(_)))
    )
}

#[tokio::test]
async fn get_me_answers_the_test_bot() {
    let api = FakeApi::start().await;
    let me = bot(&api).get_me().await.expect("getMe");
    assert_eq!(me.id, UserId(4242));
    assert_eq!(me.username(), "agenda_test_bot");
    assert_eq!(me.first_name, "Agenda MMM");
    assert!(me.is_bot && me.can_join_groups && !me.can_read_all_group_messages);
    assert!(api.url().starts_with("http://127.0.0.1:") && !api.url().ends_with('/'));
    let calls = api.calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].method, "getMe"); // teloxide sends "GetMe"
    assert!(calls[0].is("GETME"));
    assert!(calls[0].rejected.is_none() && !calls[0].unknown);
}

#[tokio::test]
async fn wrong_token_is_unauthorized() {
    let api = FakeApi::start().await;
    let other = Bot::new("1:WRONG").set_api_url(api.url().parse().unwrap());
    let err = other.get_me().await.unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::InvalidToken)),
        "{err:?}"
    );
}

#[tokio::test]
async fn valid_html_message_is_accepted_and_recorded() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let html = "<b>Hi</b> &amp; <a href=\"https://example.org/?a=1&amp;b=2\">link</a> &lt;3 &#x1F600;\n\
                <blockquote expandable><i>q</i></blockquote><span class=\"tg-spoiler\">s</span>";
    let msg = bot
        .send_message(ChatId(77), html)
        .parse_mode(ParseMode::Html)
        .reply_markup(keyboard("vote:1"))
        .await
        .expect("valid HTML is accepted");
    let read = "Hi & link <3 😀\nqs";
    assert_eq!(msg.text(), Some(read));
    assert_eq!(msg.chat.id, ChatId(77));
    assert!(msg.chat.is_private());
    assert_eq!(msg.from.as_ref().map(|u| u.id), Some(UserId(4242)));
    assert!(msg.reply_markup().is_some());
    let second = bot
        .send_message(ChatId(77), "plain <not html> & fine")
        .await
        .unwrap();
    assert_eq!(second.id.0, msg.id.0 + 1);
    let group = bot
        .send_message(ChatId(-100500), "hello group")
        .await
        .unwrap();
    assert!(group.chat.is_supergroup());

    let sent = api.messages_to(77);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].method, "sendMessage");
    assert_eq!(sent[0].message_id, i64::from(msg.id.0));
    assert_eq!(sent[0].text, read);
    assert_eq!(sent[0].html, html);
    assert_eq!(
        sent[0].buttons,
        vec![("Yes".to_owned(), Some("vote:1".to_owned()))]
    );
    assert!(!sent[0].has_photo);
    assert_eq!(sent[1].text, "plain <not html> & fine");
    assert!(api.rejected().is_empty());
}

#[tokio::test]
async fn invalid_html_is_rejected() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let bad = [
        "<b>unclosed",
        "<script>alert(1)</script>",
        "Tom & Jerry",
        "1 < 2",
        "2 > 1",
        "<b><i>x</b></i>",
        "</b>",
        "&nbsp;",
        "<a>no href</a>",
        "<span>no class</span>",
        "<b",
    ];
    for text in bad {
        let result = bot
            .send_message(ChatId(5), text)
            .parse_mode(ParseMode::Html)
            .await;
        assert!(is_cant_parse(&result), "{text:?} gave {result:?}");
    }
    assert_eq!(api.rejected().len(), bad.len());
    let first = &api.rejected()[0];
    assert!(
        first
            .rejected
            .as_deref()
            .unwrap()
            .starts_with("Bad Request: can't parse entities")
    );
    assert!(api.messages_to(5).is_empty());
    // Tags and entities also checked in captions of edits.
    let result = bot
        .edit_message_text(ChatId(5), MessageId(1), "<u>x")
        .parse_mode(ParseMode::Html)
        .await;
    assert!(is_cant_parse(&result), "{result:?}");
}

#[tokio::test]
async fn length_limits_count_utf16_after_parsing() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let err = bot
        .send_message(ChatId(5), "a".repeat(5000))
        .await
        .unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::MessageIsTooLong)),
        "{err:?}"
    );
    let err = bot
        .send_message(ChatId(5), "😀".repeat(2049))
        .await
        .unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::MessageIsTooLong)),
        "{err:?}"
    );
    bot.send_message(ChatId(5), "é".repeat(4096))
        .await
        .expect("4096 UTF-16 units fit");
    let tagged = format!("<b>{}</b>&amp;", "a".repeat(4095));
    bot.send_message(ChatId(5), tagged)
        .parse_mode(ParseMode::Html)
        .await
        .expect("tags are free");
    let err = bot.send_message(ChatId(5), " \n ").await.unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::MessageTextIsEmpty)),
        "{err:?}"
    );
    assert_eq!(api.rejected().len(), 3);
}

#[tokio::test]
async fn callback_data_is_limited_to_64_bytes() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let err = bot
        .send_message(ChatId(9), "pick")
        .reply_markup(keyboard(&"x".repeat(65)))
        .await
        .unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::ButtonDataInvalid)),
        "{err:?}"
    );
    bot.send_message(ChatId(9), "pick")
        .reply_markup(keyboard(&"x".repeat(64)))
        .await
        .unwrap();
    let reply = KeyboardMarkup::new([[KeyboardButton::new("One"), KeyboardButton::new("Two")]]);
    bot.send_message(ChatId(9), "choose")
        .reply_markup(reply)
        .await
        .unwrap();
    let sent = api.messages_to(9);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[1].reply_keyboard, ["One", "Two"]);
    assert!(sent[1].buttons.is_empty());
}

#[tokio::test]
async fn pushed_updates_deserialize_into_the_right_kind_and_offset_confirms() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let ana = TestUser::new(1001, "Ana", Some("es"));
    let sent = bot
        .send_message(ChatId(1001), "<b>Vote?</b>")
        .parse_mode(ParseMode::Html);
    let sent = sent.reply_markup(keyboard("vote:yes")).await.unwrap();
    let ids = [
        api.push_text(&ana, "/start hello"),
        api.push_callback(&ana, i64::from(sent.id.0), "vote:yes"),
        api.push_sticker(&ana),
        api.push_location(&ana, 40.4, -3.7),
        api.push_edited_text(&ana, 1, "fixed"),
        api.push_photo(&ana),
        api.push_group_text(&ana, -100777, "/help@agenda_test_bot now"),
        api.push_update(json!({"my_chat_member_unknown_to_us": {}})),
    ];
    let updates = bot.get_updates().await.expect("getUpdates");
    assert_eq!(
        updates
            .iter()
            .map(|u| i64::from(u.id.0))
            .collect::<Vec<_>>(),
        ids
    );
    let msg = |i: usize| match &updates[i].kind {
        UpdateKind::Message(m) => m.clone(),
        other => panic!("update {i} is not a message: {other:?}"),
    };
    let start = msg(0);
    assert_eq!(start.text(), Some("/start hello"));
    assert_eq!(
        start.from.as_ref().unwrap().language_code.as_deref(),
        Some("es")
    );
    let entity = &start.entities().unwrap()[0];
    assert_eq!((entity.offset, entity.length), (0, 6));
    match &updates[1].kind {
        UpdateKind::CallbackQuery(q) => {
            assert_eq!(q.data.as_deref(), Some("vote:yes"));
            let message = q.regular_message().expect("accessible message");
            assert_eq!(message.id, sent.id);
            assert_eq!(message.text(), Some("Vote?"));
            assert_eq!(message.chat.id, ChatId(1001));
        }
        other => panic!("not a callback query: {other:?}"),
    }
    assert!(msg(2).sticker().is_some());
    let location = msg(3).location().copied().expect("location");
    assert_eq!((location.latitude, location.longitude), (40.4, -3.7));
    match &updates[4].kind {
        UpdateKind::EditedMessage(m) => {
            assert_eq!(m.text(), Some("fixed"));
            assert!(m.edit_date().is_some());
        }
        other => panic!("not an edited message: {other:?}"),
    }
    assert_eq!(msg(5).photo().map(<[_]>::len), Some(2));
    let group = msg(6);
    assert!(group.chat.is_supergroup());
    assert_eq!(
        group.entities().unwrap()[0].length,
        "/help@agenda_test_bot".len()
    );
    assert!(matches!(updates[7].kind, UpdateKind::Error(_)));

    let last = ids[ids.len() - 1];
    let rest = bot.get_updates().offset(ids[3] as i32).await.unwrap();
    assert_eq!(rest.len(), ids.len() - 3);
    assert_eq!(api.confirmed_offset(), ids[3]);
    let none = bot.get_updates().offset(last as i32 + 1).await.unwrap();
    assert!(none.is_empty());
    assert_eq!(api.confirmed_offset(), last + 1);

    api.redeliver(ids[0]);
    let again = bot.get_updates().await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(i64::from(again[0].id.0), ids[0]);
    let limited = {
        api.push_text(&ana, "a");
        api.push_text(&ana, "b");
        bot.get_updates().limit(2).await.unwrap()
    };
    assert_eq!(limited.len(), 2);
    let newest = bot.get_updates().offset(-1).await.unwrap();
    assert_eq!(newest.len(), 1);
    assert!(matches!(&newest[0].kind, UpdateKind::Message(m) if m.text() == Some("b")));
}

#[tokio::test]
async fn a_long_poll_ends_at_its_timeout_or_at_the_first_update_pushed_while_it_waits() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let updates = bot.get_updates().timeout(1).await.unwrap();
    assert!(updates.is_empty());
    assert_eq!(api.poll_ends(), [PollEnd::Timeout]);

    let poll = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(10).await }
    });
    api.wait_until("a waiting poll", SECOND, |api| api.polls_waiting() == 1)
        .await;
    let id = api.push_text(&TestUser::new(3, "Eva", None), "hi");
    let updates = poll.await.unwrap().unwrap();
    assert_eq!(i64::from(updates[0].id.0), id);
    assert_eq!(api.poll_ends(), [PollEnd::Timeout, PollEnd::Update]);
    assert_eq!(api.polls_waiting(), 0);
}

#[tokio::test]
async fn injected_faults_surface_as_teloxide_errors() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    api.inject(
        "sendMessage",
        Fault::Status {
            code: 429,
            description: "Too Many Requests: retry after 3".into(),
            retry_after: Some(3),
            migrate_to_chat_id: None,
        },
    );
    api.inject("SENDMESSAGE", Fault::migrated(-100123));
    // Held until the server shuts down: answered after the call made after it.
    api.inject("sendMessage", Fault::Delay(Duration::from_secs(3600)));
    let err = bot.send_message(ChatId(1), "x").await.unwrap_err();
    assert!(
        matches!(err, RequestError::RetryAfter(s) if s.seconds() == 3),
        "{err:?}"
    );
    let err = bot.send_message(ChatId(1), "x").await.unwrap_err();
    assert!(
        matches!(err, RequestError::MigrateToChatId(ChatId(-100123))),
        "{err:?}"
    );
    let slow = tokio::spawn({
        let bot = bot.clone();
        async move { bot.send_message(ChatId(1), "slow").await }
    });
    api.wait_until("the slow call", SECOND, |api| {
        api.calls().iter().any(|c| c.params["text"] == "slow")
    })
    .await;
    bot.send_message(ChatId(1), "fast")
        .await
        .expect("faults are used up");
    let texts =
        |api: &FakeApi| -> Vec<String> { api.messages_to(1).into_iter().map(|m| m.text).collect() };
    assert_eq!(texts(&api), ["fast"], "the slow one is still held");
    api.shutdown();
    slow.await.unwrap().expect("delayed, then answered");
    assert_eq!(texts(&api), ["fast", "slow"]);
    assert_eq!(api.rejected().len(), 2);
}

#[tokio::test]
async fn blocked_chat_gets_403() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    api.block_chat(66);
    let err = bot.send_message(ChatId(66), "hello").await.unwrap_err();
    assert!(
        matches!(err, RequestError::Api(ApiError::BotBlocked)),
        "{err:?}"
    );
    assert!(api.messages_to(66).is_empty());
    bot.send_message(ChatId(67), "hello")
        .await
        .expect("other chats still work");
}

#[tokio::test]
async fn send_photo_multipart_is_recorded() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(&[0; 100]);
    let msg = bot
        .send_photo(ChatId(42), InputFile::memory(png).file_name("qr.png"))
        .caption("<b>Your</b> QR &amp; code")
        .parse_mode(ParseMode::Html)
        .reply_markup(keyboard("qr:done"))
        .await
        .expect("sendPhoto");
    assert_eq!(msg.caption(), Some("Your QR & code"));
    assert_eq!(msg.photo().map(<[_]>::len), Some(1));
    let call = api
        .calls()
        .into_iter()
        .find(|c| c.method == "sendPhoto")
        .unwrap();
    assert_eq!(
        call.params["photo"],
        json!({"file_name": "qr.png", "size": 108, "is_png": true})
    );
    assert_eq!(call.params["chat_id"], json!(42));
    assert_eq!(
        call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
        "qr:done"
    );
    let sent = &api.messages_to(42)[0];
    assert!(sent.has_photo);
    assert_eq!(sent.text, "Your QR & code");
    assert_eq!(sent.buttons[0].1.as_deref(), Some("qr:done"));

    let doc = bot.send_document(
        ChatId(42),
        InputFile::memory(&b"a,b\n"[..]).file_name("v.csv"),
    );
    let doc = doc.await.expect("sendDocument");
    assert_eq!(doc.document().unwrap().file_name.as_deref(), Some("v.csv"));
    let err = bot
        .send_photo(ChatId(42), InputFile::memory(vec![1, 2, 3]))
        .caption("c".repeat(1025))
        .await
        .unwrap_err();
    assert!(matches!(err, RequestError::Api(ApiError::Unknown(ref d)) if d.contains("caption")));
}

#[tokio::test]
async fn edits_keep_the_message_id_and_unknown_methods_are_flagged() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let msg = bot
        .send_message(ChatId(8), "v1")
        .reply_markup(keyboard("a"))
        .await
        .unwrap();
    let edited = bot
        .edit_message_text(ChatId(8), msg.id, "<i>v2</i>")
        .parse_mode(ParseMode::Html);
    let edited = edited.await.unwrap();
    assert_eq!((edited.id, edited.text()), (msg.id, Some("v2")));
    assert!(
        edited.reply_markup().is_none(),
        "an edit without markup drops the keyboard"
    );
    let edited = bot
        .edit_message_reply_markup(ChatId(8), msg.id)
        .reply_markup(keyboard("b"));
    let edited = edited.await.unwrap();
    assert_eq!(edited.text(), Some("v2"));
    bot.answer_callback_query(CallbackQueryId("cbq-1".to_owned()))
        .await
        .unwrap();
    bot.delete_message(ChatId(8), msg.id).await.unwrap();
    let sent = api.messages_to(8);
    assert_eq!(sent.len(), 2);
    assert_eq!(
        (sent[1].method.as_str(), sent[1].message_id),
        ("editMessageText", 1)
    );
    assert!(api.calls().iter().all(|c| !c.unknown));

    let _ = bot.get_chat(ChatId(8)).await; // answered `true`, which teloxide can't parse
    assert!(api.calls().last().unwrap().unknown);
}

#[tokio::test]
async fn wait_for_message_sees_only_new_messages() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    bot.send_message(ChatId(3), "old").await.unwrap();
    // The wait looks first, then the message is sent.
    let (sent, _) = tokio::join!(api.wait_for_message(3, SECOND, |_| true), async {
        bot.send_message(ChatId(3), "new").await.unwrap()
    });
    assert_eq!(sent.text, "new");
    api.wait_until("two messages", SECOND, |api| api.messages_to(3).len() == 2)
        .await;
}

#[tokio::test]
#[should_panic(expected = "waiting for the impossible")]
async fn wait_until_panics_with_a_dump() {
    let api = FakeApi::start().await;
    let _ = bot(&api)
        .send_message(ChatId(3), "<b>")
        .parse_mode(ParseMode::Html)
        .await;
    api.wait_until("the impossible", Duration::from_millis(50), |_| false)
        .await;
}

#[tokio::test]
async fn dump_shows_recent_calls() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let _ = bot
        .send_message(ChatId(3), "<b>")
        .parse_mode(ParseMode::Html)
        .await;
    bot.get_updates().await.unwrap();
    let dump = api.dump();
    assert!(
        dump.contains("sendMessage REJECTED(Bad Request: can't parse entities"),
        "{dump}"
    );
    assert!(dump.contains("1 accepted getUpdates not shown"), "{dump}");
}

#[tokio::test]
async fn shutdown_ends_long_polls_and_drop_closes_the_port() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let poll = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(10).await }
    });
    api.wait_until("a long poll", SECOND, |api| api.polls_waiting() == 1)
        .await;
    api.shutdown();
    let updates = poll.await.unwrap().expect("the pending poll is answered");
    assert!(updates.is_empty());
    assert_eq!(api.poll_ends(), [PollEnd::Shutdown]);
    drop(api);
    // The port closes as the server's task ends: wait for it, with a deadline.
    let deadline = tokio::time::Instant::now() + 5 * SECOND;
    loop {
        match bot.get_me().await {
            Err(RequestError::Network(_)) => break,
            other if tokio::time::Instant::now() >= deadline => {
                panic!("the port is still open: {other:?}")
            }
            _ => tokio::time::sleep(Duration::from_millis(10)).await,
        }
    }
}

#[tokio::test]
async fn a_teloxide_dispatcher_polls_and_answers() {
    let api = FakeApi::start().await;
    let bot = bot(&api);
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        let text = format!("echo: {}", msg.text().unwrap_or_default());
        bot.send_message(msg.chat.id, text).await?;
        respond(())
    });
    let dispatcher = tokio::spawn(async move {
        Dispatcher::builder(bot, handler).build().dispatch().await;
    });
    let eva = TestUser::new(12, "Eva", Some("pt"));
    api.push_text(&eva, "/start");
    let sent = api
        .wait_for_message(12, SECOND, |s| s.text.starts_with("echo"))
        .await;
    assert_eq!(sent.text, "echo: /start");
    let id = api.push_text(&eva, "again");
    api.wait_until("the update is confirmed", SECOND, |api| {
        api.confirmed_offset() > id
    })
    .await;
    dispatcher.abort();
    assert!(
        api.calls()
            .iter()
            .all(|c| c.rejected.is_none() && !c.unknown),
        "{}",
        api.dump()
    );
}
