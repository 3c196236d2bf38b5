"""One step of the awareness flow: from the state and the child's choice to what to say next.

The state is one short text kept in the `child_activity` slot: "story:<id>:<step>" while a
story runs, "quiz:<question index>:<score>" during the quiz, nothing otherwise. Choices arrive
as button payloads (numbered replies on SMS): "stories", "story:<id>", "quiz", "help", or the
number of an option of the current step. Nothing the child types is kept: only the state, and
for the class results anonymous counts (bot.awareness.results).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.awareness.content import Activities, Story

STORIES, QUIZ, HELP = "stories", "quiz", "help"
STORY_PREFIX = "story:"
MENU: tuple[tuple[str, str], ...] = (
    ("msg_child_menu_stories", STORIES),
    ("msg_child_menu_quiz", QUIZ),
    ("msg_child_menu_help", HELP),
)


@dataclass(frozen=True)
class Say:
    key: str
    variables: dict[str, Any] = field(default_factory=dict)
    buttons: tuple[tuple[str, str], ...] = ()  # (title key, choice)


@dataclass(frozen=True)
class Outcome:
    says: tuple[Say, ...]
    state: str | None
    closing: bool = False  # end with "talk to a trusted adult", the helpline and the menu
    counts: tuple[tuple[str, str], ...] = ()  # (metric, item) for the class results


def numbered(count: int) -> tuple[str, ...]:
    return tuple(str(i) for i in range(1, count + 1))


def menu() -> Say:
    return Say("msg_child_next", buttons=MENU)


def story_list(activities: Activities) -> Outcome:
    buttons = tuple((s.title, f"{STORY_PREFIX}{s.id}") for s in activities.stories)
    return Outcome((Say("msg_child_menu_stories", buttons=buttons),), None)


def show_step(story: Story, step_id: str) -> Say:
    step = story.steps[step_id]
    choices = tuple(c.title for c in step.choices)
    return Say(step.text, buttons=tuple(zip(choices, numbered(len(choices)), strict=True)))


def start_story(story: Story) -> Outcome:
    return Outcome(
        (show_step(story, story.start),),
        f"{STORY_PREFIX}{story.id}:{story.start}",
        counts=(("story_started", story.id),),
    )


def story_choice(story: Story, step_id: str, number: int) -> Outcome:
    step = story.steps.get(step_id)
    if step is None or not 1 <= number <= len(step.choices):
        return Outcome(
            (Say("msg_child_pick_number"), show_step(story, step_id)), f"{STORY_PREFIX}{story.id}:{step_id}"
        )
    choice = step.choices[number - 1]
    says = [Say(choice.feedback)] if choice.feedback else []
    following = story.steps[choice.next]
    if not following.is_end:
        return Outcome((*says, show_step(story, choice.next)), f"{STORY_PREFIX}{story.id}:{choice.next}")
    says += [Say(following.text), Say("msg_child_signs_intro"), Say(story.signs), Say(story.todo)]
    return Outcome(tuple(says), None, closing=True, counts=(("story_finished", story.id),))


def ask(activities: Activities, index: int) -> Say:
    q = activities.quiz[index]
    return Say(q.question, buttons=tuple(zip(q.options, numbered(len(q.options)), strict=True)))


def start_quiz(activities: Activities) -> Outcome:
    return Outcome((ask(activities, 0),), "quiz:0:0", counts=(("quiz_started", ""),))


def quiz_answer(activities: Activities, index: int, score: int, number: int) -> Outcome:
    q = activities.quiz[index]
    if not 1 <= number <= len(q.options):
        return Outcome((Say("msg_child_pick_number"), ask(activities, index)), f"quiz:{index}:{score}")
    right = number == q.answer
    score += right
    says = [Say("msg_child_right" if right else "msg_child_wrong"), Say(q.why)]
    counts = [] if right else [("missed", q.id)]
    if index + 1 < len(activities.quiz):
        return Outcome((*says, ask(activities, index + 1)), f"quiz:{index + 1}:{score}", counts=tuple(counts))
    total = len(activities.quiz)
    says.append(Say("msg_child_score", {"score": score, "total": total}))
    counts += [("quiz_finished", ""), ("score", str(score))]
    return Outcome(tuple(says), None, closing=True, counts=tuple(counts))


def step(activities: Activities, state: str | None, choice: str | None) -> Outcome:
    """What to say for `choice` given `state`; an unknown choice shows the menu again."""
    choice = (choice or "").strip()
    if choice == STORIES:
        return story_list(activities)
    if choice.startswith(STORY_PREFIX):
        story = activities.story(choice[len(STORY_PREFIX) :])
        return start_story(story) if story else Outcome((menu(),), None)
    if choice == QUIZ:
        return start_quiz(activities)
    if choice == HELP:
        return Outcome((), None, closing=True)
    if choice.isdigit() and state:
        number = int(choice)
        kind, _, rest = state.partition(":")
        if kind == "story":
            story_id, _, step_id = rest.partition(":")
            story = activities.story(story_id)
            if story:
                return story_choice(story, step_id, number)
        if kind == "quiz":
            index, _, score = rest.partition(":")
            if index.isdigit() and score.isdigit() and int(index) < len(activities.quiz):
                return quiz_answer(activities, int(index), int(score), number)
    return Outcome((menu(),), state)
