"""A turn's messages as SMS/WhatsApp parts: numbered buttons, segment-sized parts, MORE."""

from __future__ import annotations

from bot.channels.twilio.replies import cap, render
from bot.channels.twilio.sms import segments

MENU = {
    "text": "How can I help you? Choose one:",
    "buttons": [
        {"title": "Legal ways to migrate", "payload": "/ask_pathways"},
        {"title": "Emergency help", "payload": "/emergency"},
    ],
}


def test_buttons_become_numbered_lines_and_their_payloads_are_kept() -> None:
    out = render([{"text": "Hello."}, MENU], "sms")
    assert out.parts[-1].endswith("1 Legal ways to migrate\n2 Emergency help")
    assert out.options == ("/ask_pathways", "/emergency")


def test_a_turn_without_buttons_clears_the_options() -> None:
    assert render([{"text": "Hello."}], "sms").options == ()


def test_sms_parts_fit_one_segment_but_whatsapp_keeps_messages_whole() -> None:
    long = {"text": "This sentence is long enough to matter. " * 12}
    sms, whatsapp = render([long], "sms"), render([long], "whatsapp")
    assert len(sms.parts) > 1 and all(segments(p) == 1 for p in sms.parts)
    assert len(whatsapp.parts) == 1


def test_the_cap_holds_back_the_rest_and_ends_with_the_hint() -> None:
    parts = [f"Part {n}." for n in range(1, 7)]
    out = cap(parts, 3, "Reply MORE for the rest.")
    assert out.parts == ("Part 1.", "Part 2.", "Part 3.\nReply MORE for the rest.")
    assert out.pending == ("Part 4.", "Part 5.", "Part 6.")
    again = cap(out.pending, 3, "Reply MORE for the rest.")
    assert again.parts == ("Part 4.", "Part 5.", "Part 6.") and again.pending == ()


def test_the_hint_gets_its_own_part_when_the_last_part_is_full() -> None:
    full = "x" * 160
    out = cap([full, full, full, full], 2, "Reply MORE for the rest.")
    assert out.parts == (full, "Reply MORE for the rest.")
    assert out.pending == (full, full, full)


def test_messages_without_text_are_skipped() -> None:
    assert render([{"text": ""}, {"text": "  "}], "sms").parts == ()
