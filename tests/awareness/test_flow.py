"""Stories and quiz as a state machine: every path ends well, scores count, nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.awareness.content import Activities, Story
from bot.awareness.flow import MENU, step
from bot.errors import KnowledgeError


@pytest.fixture(scope="module")
def activities() -> Activities:
    return Activities.load()


def test_the_data_has_three_stories_and_at_least_eight_questions(activities: Activities) -> None:
    assert {s.id for s in activities.stories} >= {"job_offer", "online_friend", "secret_documents"}
    assert len(activities.quiz) >= 8


def paths(story: Story) -> list[list[int]]:
    """Every path through a story, as the choice numbers taken."""
    out: list[list[int]] = []

    def walk(step_id: str, taken: list[int]) -> None:
        current = story.steps[step_id]
        if current.is_end:
            out.append(taken)
        for i, choice in enumerate(current.choices, start=1):
            walk(choice.next, [*taken, i])

    walk(story.start, [])
    return out


def test_every_path_of_every_story_ends_with_signs_advice_and_the_closing(activities: Activities) -> None:
    for story in activities.stories:
        for taken in paths(story):
            assert len(taken) >= 2, f"{story.id}: a path with fewer than 2 choices"
            outcome = step(activities, None, f"story:{story.id}")
            for number in taken:
                assert outcome.state is not None
                outcome = step(activities, outcome.state, str(number))
            keys = [s.key for s in outcome.says]
            assert outcome.closing and outcome.state is None
            assert keys[-3:] == ["msg_child_signs_intro", story.signs, story.todo]
            assert ("story_finished", story.id) in outcome.counts


def test_a_story_step_shows_its_choices_as_numbered_buttons(activities: Activities) -> None:
    story = activities.stories[0]
    outcome = step(activities, None, f"story:{story.id}")
    [said] = outcome.says
    first = story.steps[story.start]
    assert said.key == first.text
    assert said.buttons == tuple((c.title, str(i)) for i, c in enumerate(first.choices, start=1))
    assert outcome.counts == (("story_started", story.id),)


def test_a_number_that_is_not_an_option_asks_again_without_moving(activities: Activities) -> None:
    story = activities.stories[0]
    state = step(activities, None, f"story:{story.id}").state
    outcome = step(activities, state, "9")
    assert outcome.state == state
    assert outcome.says[0].key == "msg_child_pick_number"


def test_the_quiz_scores_right_answers_and_counts_missed_questions(activities: Activities) -> None:
    outcome = step(activities, None, "quiz")
    assert outcome.state == "quiz:0:0"
    missed = []
    for index, question in enumerate(activities.quiz):
        wrong = 1 if question.answer != 1 else 2
        number = question.answer if index % 2 == 0 else wrong
        if number != question.answer:
            missed.append(("missed", question.id))
        outcome = step(activities, outcome.state, str(number))
        assert outcome.says[0].key == ("msg_child_right" if number == question.answer else "msg_child_wrong")
        assert outcome.says[1].key == question.why
    right = len(activities.quiz) - len(missed)
    final = [s for s in outcome.says if s.key == "msg_child_score"]
    assert final and final[0].variables == {"score": right, "total": len(activities.quiz)}
    assert outcome.closing and outcome.state is None
    assert ("score", str(right)) in outcome.counts and ("quiz_finished", "") in outcome.counts


def test_menu_entries_and_unknown_choices(activities: Activities) -> None:
    listed = step(activities, None, "stories")
    assert [choice for _, choice in listed.says[0].buttons] == [f"story:{s.id}" for s in activities.stories]
    assert step(activities, None, "help").closing
    assert step(activities, "quiz:0:0", "nonsense").says[0].buttons == MENU
    assert step(activities, "quiz:0:0", None).state == "quiz:0:0"  # typed text keeps the place
    assert step(activities, None, "story:nope").says[0].buttons == MENU
    assert step(activities, "story:nope:start", "1").says[0].buttons == MENU
    assert step(activities, "quiz:99:0", "1").says[0].buttons == MENU


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "activities.yml"
    path.write_text(yaml.safe_dump({"awareness": data}), "utf-8")
    return path


def story(**steps: object) -> dict[str, object]:
    return {"id": "s", "title": "t", "start": "a", "signs": "x", "todo": "y", "steps": steps}


QUIZ = [{"id": "q", "question": "q", "options": ["a", "b"], "answer": 1, "why": "w"}]
END = {"text": "e", "end": True}


@pytest.mark.parametrize(
    "bad",
    [
        story(a={"text": "t", "choices": [{"title": "c", "next": "missing"}]}),
        story(a={"text": "t", "choices": [{"title": "c", "next": "b"}]}, b=END, c=END),  # c unreachable
        story(a={"text": "t", "choices": [{"title": "c", "next": "a"}]}),  # loops, never ends
        story(a={"text": "t"}),  # neither choices nor end
        story(a={"text": "t", "choices": [{"title": str(i), "next": "b"} for i in range(4)]}, b=END),
    ],
)
def test_broken_stories_are_refused(tmp_path: Path, bad: dict[str, object]) -> None:
    with pytest.raises(KnowledgeError):
        Activities.load(write(tmp_path, {"stories": [bad], "quiz": QUIZ}))


@pytest.mark.parametrize("answer", [0, 3, "1"])
def test_a_quiz_answer_must_be_an_option_number(tmp_path: Path, answer: object) -> None:
    quiz = [{**QUIZ[0], "answer": answer}]
    with pytest.raises(KnowledgeError):
        Activities.load(write(tmp_path, {"stories": [story(a=END)], "quiz": quiz}))
