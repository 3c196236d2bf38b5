"""The Twilio channel end to end: signed webhooks in (twilio's RequestValidator), the real
twilio client out to a local fake Messages API, the real assistant in between."""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
import requests
from twilio.request_validator import RequestValidator

from bot.channels.twilio.addresses import conversation_id
from tests.e2e.conftest import Assistant, running_assistant, until
from tests.fakes.twilio_api import FakeTwilioAPI

SID, TOKEN = "AC" + "e2e0" * 8, "twilio-e2e-token"
PUBLIC = "https://bot.example.org"  # what Twilio calls: the server sits behind a proxy
OUR_SMS, OUR_WA = "+15005550006", "whatsapp:+14155238886"
_sids = itertools.count(1)
SEND_ATTEMPTS = 5  # tries per send (a turn or an outbox round); retries below need 4


@pytest.fixture(scope="module")
def fake_api() -> Iterator[FakeTwilioAPI]:
    with FakeTwilioAPI(SID, TOKEN) as api:
        yield api


@pytest.fixture(scope="module")
def assistant(fake_api: FakeTwilioAPI, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    env = {
        "TWILIO_ACCOUNT_SID": SID,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "SAFEROUTE_PUBLIC_URL": PUBLIC,
        "TWILIO_API_BASE_URL": fake_api.base_url,
        "TWILIO_RETRY_BASE_SECONDS": "0.05",
        "TWILIO_SEND_ATTEMPTS": str(SEND_ATTEMPTS),
        "SAFEROUTE_RATE_PER_MINUTE": "30",
    }
    with running_assistant(tmp_path_factory.mktemp("twilio"), extra_env=env) as running:
        yield running


def form(sender: str, body: str, to: str = OUR_SMS, **extra: str) -> dict[str, str]:
    return {
        "MessageSid": f"SM{next(_sids):032x}",
        "AccountSid": SID,
        "From": sender,
        "To": to,
        "Body": body,
        "NumMedia": "0",
        **extra,
    }


def post(
    assistant: Assistant,
    params: dict[str, str],
    path: str = "/webhooks/twilio/webhook",
    signature: str | None = None,
) -> requests.Response:
    if signature is None:
        signature = RequestValidator(TOKEN).compute_signature(PUBLIC + path, params)
    return requests.post(
        assistant.base + path,
        data=urlencode(params),
        headers={"X-Twilio-Signature": signature, "Content-Type": "application/x-www-form-urlencoded"},
        timeout=30,
    )


def say(
    assistant: Assistant, api: FakeTwilioAPI, sender: str, body: str, to: str = OUR_SMS, **extra: str
) -> list[str]:
    before = len(api.messages_to(sender))
    response = post(assistant, form(sender, body, to, **extra))
    assert response.status_code == 200, response.text
    assert "<Response" in response.text
    return [m.body for m in settle(api, sender, before)]


def settle(api: FakeTwilioAPI, to: str, before: int, quiet: float = 1.0, timeout: float = 30) -> list:
    """The messages sent to `to` after `before`, once nothing new arrived for `quiet` s."""
    deadline, seen, last_change = time.monotonic() + timeout, before, time.monotonic()
    while time.monotonic() < deadline:
        now = len(api.messages_to(to))
        if now != seen:
            seen, last_change = now, time.monotonic()
        elif now > before and time.monotonic() - last_change > quiet:
            break
        time.sleep(0.05)
    return api.messages_to(to)[before:]


def test_sms_conversation_gets_numbered_options_and_a_number_picks_one(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    phone = "+33612000001"
    replies = say(assistant, fake_api, phone, "hello")
    joined = "\n".join(replies)
    assert "SafeRoute" in joined and "\n1 " in joined
    menu = "\n".join(say(assistant, fake_api, phone, "1"))  # "Show the menu"
    assert "1 Legal ways to migrate" in menu
    assert all(m.from_ == OUR_SMS for m in fake_api.messages_to(phone))
    assert all(m.status_callback == f"{PUBLIC}/webhooks/twilio/status" for m in fake_api.messages_to(phone))


def test_every_sms_part_fits_one_segment_and_long_answers_wait_for_more(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    from bot.channels.twilio.sms import segments

    phone = "+212600000002"
    replies = say(assistant, fake_api, phone, "مرحبا")
    assert replies and all(segments(r) == 1 for r in replies)
    assert any("\u0627" in r for r in replies)  # answered in Arabic


def test_whatsapp_and_sms_from_one_phone_are_two_conversations(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    phone = "+221770000003"
    say(assistant, fake_api, phone, "bonjour")
    wa = say(assistant, fake_api, f"whatsapp:{phone}", "hello", to=OUR_WA)
    assert wa and all(m.from_ == OUR_WA for m in fake_api.messages_to(f"whatsapp:{phone}"))
    assert "Bonjour" not in "\n".join(wa)


@pytest.mark.parametrize(
    "signature",
    ["", "bm90LXRoZS1zaWduYXR1cmU=", RequestValidator("other-token").compute_signature(PUBLIC, {})],
)
def test_unsigned_or_wrongly_signed_requests_are_refused(
    assistant: Assistant, fake_api: FakeTwilioAPI, signature: str
) -> None:
    params = form("+4915100000004", "hello")
    response = post(assistant, params, signature=signature)
    assert response.status_code == 403
    time.sleep(0.5)
    assert fake_api.messages_to("+4915100000004") == []
    assert "+4915100000004" not in assistant.log_path.read_text("utf-8")


def test_signature_for_the_internal_address_is_refused(assistant: Assistant) -> None:
    """Signed for the local URL, not the public one: what a spoofed proxy header would give."""
    params = form("+4915100000005", "hello")
    local_sig = RequestValidator(TOKEN).compute_signature(assistant.base + "/webhooks/twilio/webhook", params)
    assert post(assistant, params, signature=local_sig).status_code == 403


def test_a_retried_webhook_is_answered_once(assistant: Assistant, fake_api: FakeTwilioAPI) -> None:
    phone = "+34600000006"
    params = form(phone, "hello")
    assert post(assistant, params).status_code == 200
    first = settle(fake_api, phone, 0)
    assert post(assistant, params).status_code == 200  # Twilio retries with the same MessageSid
    time.sleep(1.5)
    assert len(fake_api.messages_to(phone)) == len(first) > 0


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        (b"", "application/x-www-form-urlencoded", 400),
        (b"\xff\xfe\x00binary", "application/x-www-form-urlencoded", 400),
        (b'{"From": "+1"}', "application/json", 415),
        (b"a=" + b"x" * 70_000, "application/x-www-form-urlencoded", 400),
    ],
)
def test_malformed_requests_get_4xx(
    assistant: Assistant, body: bytes, content_type: str, status: int
) -> None:
    response = requests.post(
        assistant.base + "/webhooks/twilio/webhook",
        data=body,
        headers={"Content-Type": content_type, "X-Twilio-Signature": "x"},
        timeout=10,
    )
    assert response.status_code == status


@pytest.mark.parametrize("missing", ["MessageSid", "From", "To"])
def test_signed_forms_without_required_fields_get_400(assistant: Assistant, missing: str) -> None:
    params = form("+33612000007", "hello")
    del params[missing]
    assert post(assistant, params).status_code == 400


def test_media_and_locations_get_a_text_only_reply(assistant: Assistant, fake_api: FakeTwilioAPI) -> None:
    phone = "whatsapp:+9647700000008"
    image = say(
        assistant,
        fake_api,
        phone,
        "",
        to=OUR_WA,
        NumMedia="1",
        MediaUrl0="https://api.twilio.com/media/1",
        MediaContentType0="image/jpeg",
    )
    assert image and "only read text" in image[0]
    place = say(assistant, fake_api, phone, "", to=OUR_WA, Latitude="33.3", Longitude="44.4")
    assert place and "only read text" in place[0]


def test_send_retries_after_429_and_5xx(assistant: Assistant, fake_api: FakeTwilioAPI) -> None:
    phone = "+33612000009"
    calls = fake_api.calls
    fake_api.fail_next(429)
    fake_api.fail_next(500)
    fake_api.fail_next(503)
    replies = say(assistant, fake_api, phone, "hello")
    assert replies and "SafeRoute" in replies[0]
    assert fake_api.calls - calls >= len(replies) + 3


def test_messages_survive_a_twilio_outage(assistant: Assistant, fake_api: FakeTwilioAPI) -> None:
    phone = "+33612000010"
    greeting_waits_in_the_outbox(assistant, fake_api, phone)
    replies = [m.body for m in settle(fake_api, phone, 0, timeout=30)]
    assert replies and "SafeRoute" in replies[0]  # in order: the greeting first
    rows = (  # this turn's replies, newest first
        sqlite3.connect(assistant.db_path)
        .execute(
            "select state, attempts from outbound_messages"
            " where body is null and state != 'failed' order by id desc limit ?",
            (len(replies),),
        )
        .fetchall()
    )
    # the first was tried during the outage and again after it; the others waited behind it
    assert len(rows) == len(replies) and rows[-1][1] > 1 and all(attempts >= 1 for _, attempts in rows)


def greeting_waits_in_the_outbox(assistant: Assistant, fake_api: FakeTwilioAPI, phone: str) -> None:
    """ "hello" during an outage, then Twilio back once the turn has tried every attempt (the
    turn's time varies: a fixed sleep let a slow first turn send after the outage): the greeting
    waits in the outbox for its retry."""
    fake_api.down()
    assert post(assistant, form(phone, "hello")).status_code == 200
    until(lambda: fake_api.refused_to(phone) >= SEND_ATTEMPTS)
    assert fake_api.messages_to(phone) == []
    fake_api.up()


def test_a_new_turn_after_an_outage_does_not_overtake_the_replies_still_waiting(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    phone = "+33612000013"
    greeting_waits_in_the_outbox(assistant, fake_api, phone)
    assert post(assistant, form(phone, "what is the menu")).status_code == 200  # at once, before the retry
    replies = [m.body for m in settle(fake_api, phone, 0, timeout=30)]
    assert replies and "SafeRoute" in replies[0]  # the older turn's replies still come first


def test_delete_right_after_an_outage_is_confirmed_and_the_outbox_loop_copes(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    # the outbox loop may hold the greeting while DELETE erases its row: it tripped over the
    # vanished row (StaleDataError, a traceback in the log, which the fixture refuses) before
    # sent/attempt_failed became single UPDATE statements. And the confirmation itself went
    # through the outbox, where the loop dropped it as the row of an erased sender whenever the
    # turn took over a second to send it (seen once in CI): it is now sent without a row.
    # Timing decides, so not every run shows either
    phone = "+33612000019"
    greeting_waits_in_the_outbox(assistant, fake_api, phone)
    assert post(assistant, form(phone, "DELETE")).status_code == 200
    # the greeting may still arrive first: wait for the confirmation
    until(lambda: any("deleted" in m.body for m in fake_api.messages_to(phone)))
    cid = conversation_id(TOKEN, "sms", phone)
    outbox = sqlite3.connect(assistant.db_path).execute(
        "select count(*) from outbound_messages where conversation_id = ?", (cid,)
    )
    assert outbox.fetchone() == (0,)  # what waited was erased with the rest, nothing was kept


def test_status_callbacks_record_delivery(assistant: Assistant, fake_api: FakeTwilioAPI) -> None:
    phone = "+33612000011"
    say(assistant, fake_api, phone, "hello")
    sent = fake_api.messages_to(phone)[0]
    params = {"MessageSid": sent.sid, "MessageStatus": "delivered", "AccountSid": SID}
    assert post(assistant, params, path="/webhooks/twilio/status").status_code == 204
    state = (
        sqlite3.connect(assistant.db_path)
        .execute("select state from outbound_messages where message_sid = ?", (sent.sid,))
        .fetchone()
    )
    assert state == ("delivered",)
    assert post(assistant, params, path="/webhooks/twilio/status", signature="bad").status_code == 403


def test_stop_ends_the_chat_silently_and_start_greets_again(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    phone = "+33612000012"
    say(assistant, fake_api, phone, "hello")
    before = len(fake_api.messages_to(phone))
    assert post(assistant, form(phone, "STOP", OptOutType="STOP")).status_code == 200
    time.sleep(1.5)
    assert len(fake_api.messages_to(phone)) == before  # Twilio confirms STOP itself
    back = say(assistant, fake_api, phone, "START", OptOutType="START")
    assert back and "SafeRoute" in back[0]


def test_whatsapp_quick_exit_replies(assistant: Assistant, fake_api: FakeTwilioAPI) -> None:
    phone = "whatsapp:+33612000013"
    say(assistant, fake_api, phone, "hello", to=OUR_WA)
    assert say(assistant, fake_api, phone, "STOP", to=OUR_WA) == ["Chat ended."]


def test_delete_erases_the_phone_number_and_the_records(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    phone = "+33612000014"
    say(assistant, fake_api, phone, "hello")
    replies = say(assistant, fake_api, phone, "DELETE")
    assert replies and "deleted" in replies[-1]
    time.sleep(0.5)
    cid = conversation_id(TOKEN, "sms", phone)  # the pseudonym Rasa knows this phone by
    db = sqlite3.connect(assistant.db_path)
    for table, column in [
        ("events", "sender_id"),
        ("channel_contacts", "conversation_id"),
        ("inbound_messages", "conversation_id"),
        ("outbound_messages", "conversation_id"),
    ]:
        assert db.execute(f"select count(*) from {table} where {column} = ?", (cid,)).fetchone() == (0,), (
            table
        )
    assert db.execute("select count(*) from channel_contacts where address = ?", (phone,)).fetchone() == (0,)


def test_flooding_one_number_does_not_starve_another(assistant: Assistant, fake_api: FakeTwilioAPI) -> None:
    flooder, other = "+33612000015", "+33612000016"
    for _ in range(60):
        assert post(assistant, form(flooder, "hello")).status_code == 200
    replies = say(assistant, fake_api, other, "hello")
    assert replies and "SafeRoute" in replies[0]
    flood = settle(fake_api, flooder, 0, timeout=30)
    notices = [m for m in flood if "many messages" in m.body]
    assert len(notices) == 1  # told once, not sixty times
    assert len(flood) < 60


def test_phone_numbers_and_texts_never_reach_the_log(assistant: Assistant) -> None:
    log = assistant.log_path.read_text("utf-8")
    for needle in ("+33612000001", "+212600000002", "33612000009", "مرحبا"):
        assert needle not in log


def test_a_long_sms_answer_stops_after_three_parts_and_more_sends_the_rest(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    from bot.channels.twilio.sms import segments

    phone = "+212600000017"
    say(assistant, fake_api, phone, "مرحبا")  # the conversation is in Arabic from here
    first = say(assistant, fake_api, phone, "/help")  # the Arabic help needs five SMS parts
    assert len(first) == 3 and all(segments(p) == 1 for p in first)
    assert first[-1].endswith("أرسل «المزيد» لقراءة الباقي.")
    rest = say(assistant, fake_api, phone, "المزيد")
    assert rest and not rest[-1].endswith("لقراءة الباقي.")
    assert "".join(first + rest).count("طوارئ") >= 1  # nothing of the help text was dropped


def test_a_message_acknowledged_before_a_crash_is_answered_after_the_restart(
    fake_api: FakeTwilioAPI, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The inbox row a crash left behind (recorded, acknowledged, never processed)."""
    from bot.channels.twilio.records import ChannelRecords
    from bot.store.db import make_engine, session_factory
    from bot.store.migrate import upgrade

    tmp = tmp_path_factory.mktemp("twilio-restart")
    phone = "+33612000018"
    engine = make_engine(f"sqlite:///{tmp / 'saferoute.db'}")
    upgrade(engine)
    records = ChannelRecords(session_factory(engine))
    cid = conversation_id(TOKEN, "sms", phone)
    assert records.record_inbound("SM" + "c" * 32, cid, "hello", "sms", phone, OUR_SMS)
    engine.dispose()
    env = {
        "TWILIO_ACCOUNT_SID": SID,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "SAFEROUTE_PUBLIC_URL": PUBLIC,
        "TWILIO_API_BASE_URL": fake_api.base_url,
    }
    with running_assistant(tmp, extra_env=env):
        replies = [m.body for m in settle(fake_api, phone, 0, timeout=30)]
    assert replies and "SafeRoute" in replies[0]


def test_danger_by_sms_gets_the_numbers_first_and_the_offer_check_takes_numbered_answers(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    phone = "+393400000009"
    first = say(assistant, fake_api, phone, "help my boss locked me in the room, i am in italy")
    assert first[0].startswith("If you are in danger now, call:")
    assert "112" in first[0]

    other = "+393400000010"
    say(assistant, fake_api, other, "i want to check a job offer")
    question = "\n".join(say(assistant, fake_api, other, "1"))  # 1 = "Yes, check an offer"
    assert "pay anything for the job" in question and "\n1 Yes" in question
    nxt = "\n".join(say(assistant, fake_api, other, "1"))  # 1 = "Yes": fees asked
    assert "written contract" in nxt


def test_a_child_plays_the_quiz_by_sms_with_numbered_replies(
    assistant: Assistant, fake_api: FakeTwilioAPI
) -> None:
    phone = "+221770000011"
    menu = "\n".join(say(assistant, fake_api, phone, "ecole 4821"))
    assert "\n2 Quiz" in menu
    question = "\n".join(say(assistant, fake_api, phone, "2"))  # 2 = the quiz
    assert "\n1 " in question and "\n2 " in question
    feedback = "\n".join(say(assistant, fake_api, phone, "1"))
    assert "\n1 " in feedback  # the next question's options
