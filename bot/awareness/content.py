"""The stories and the quiz of data/awareness/activities.yml, validated on load.

The file holds structure only (steps, choices, answers); every text is a locale key, so a
language is added in locales/ without touching it. A story is a small graph: each step has a
text and up to three choices leading to other steps, or is an end step; every path from the
start reaches an end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.errors import KnowledgeError
from bot.settings import PROJECT_ROOT

ACTIVITIES_FILE = PROJECT_ROOT / "data" / "awareness" / "activities.yml"
MAX_CHOICES = 3


@dataclass(frozen=True)
class Choice:
    title: str  # locale key
    next: str  # step id
    feedback: str | None = None  # locale key shown right after the choice


@dataclass(frozen=True)
class Step:
    id: str
    text: str
    choices: tuple[Choice, ...] = ()

    @property
    def is_end(self) -> bool:
        return not self.choices


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    start: str
    steps: Mapping[str, Step]
    signs: str
    todo: str


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    options: tuple[str, ...]
    answer: int  # 1-based
    why: str


@dataclass(frozen=True)
class Activities:
    stories: tuple[Story, ...]
    quiz: tuple[Question, ...]

    def story(self, story_id: str) -> Story | None:
        return next((s for s in self.stories if s.id == story_id), None)

    def text_keys(self) -> set[str]:
        """Every locale key the activities use."""
        keys: set[str] = set()
        for story in self.stories:
            keys |= {story.title, story.signs, story.todo}
            for step in story.steps.values():
                keys.add(step.text)
                for choice in step.choices:
                    keys.add(choice.title)
                    if choice.feedback:
                        keys.add(choice.feedback)
        for q in self.quiz:
            keys |= {q.question, q.why, *q.options}
        return keys

    @classmethod
    def load(cls, path: Path = ACTIVITIES_FILE) -> Activities:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise KnowledgeError(f"cannot read {path}: {exc}") from exc
        data = data.get("awareness") if isinstance(data, dict) else None
        if not isinstance(data, dict):
            raise KnowledgeError(f"{path.name}: needs an 'awareness' mapping")
        stories = tuple(_story(raw, path.name) for raw in data.get("stories") or [])
        quiz = tuple(_question(raw, path.name) for raw in data.get("quiz") or [])
        if not stories or not quiz:
            raise KnowledgeError(f"{path.name}: needs stories and a quiz")
        ids = [s.id for s in stories] + [q.id for q in quiz]
        if len(set(ids)) != len(ids):
            raise KnowledgeError(f"{path.name}: ids must be unique")
        return cls(stories, quiz)


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError(f"{where}: '{key}' must be a locale key")
    return value.strip()


def _story(raw: Any, where: str) -> Story:
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{where}: a story must be a mapping")
    story_id = _text(raw, "id", where)
    where = f"{where}: story {story_id}"
    steps: dict[str, Step] = {}
    for step_id, spec in (raw.get("steps") or {}).items():
        if not isinstance(spec, dict):
            raise KnowledgeError(f"{where}: step {step_id} must be a mapping")
        choices = tuple(
            Choice(_text(c, "title", where), _text(c, "next", where), c.get("feedback"))
            for c in spec.get("choices") or []
        )
        if bool(spec.get("end")) == bool(choices):
            raise KnowledgeError(f"{where}: step {step_id} needs choices or `end: true`, not both")
        if len(choices) > MAX_CHOICES:
            raise KnowledgeError(f"{where}: step {step_id} has more than {MAX_CHOICES} choices")
        steps[str(step_id)] = Step(str(step_id), _text(spec, "text", where), choices)
    story = Story(
        story_id,
        _text(raw, "title", where),
        _text(raw, "start", where),
        steps,
        _text(raw, "signs", where),
        _text(raw, "todo", where),
    )
    _check_graph(story, where)
    return story


def _check_graph(story: Story, where: str) -> None:
    if story.start not in story.steps:
        raise KnowledgeError(f"{where}: start step '{story.start}' is missing")
    for step in story.steps.values():
        for choice in step.choices:
            if choice.next not in story.steps:
                raise KnowledgeError(f"{where}: step {step.id} leads to a missing step '{choice.next}'")
    reached, todo = set(), [story.start]
    while todo:
        current = todo.pop()
        if current not in reached:
            reached.add(current)
            todo.extend(c.next for c in story.steps[current].choices)
    if reached != set(story.steps):
        raise KnowledgeError(f"{where}: unreachable steps {sorted(set(story.steps) - reached)}")
    if _has_cycle(story):
        raise KnowledgeError(f"{where}: a path loops; every path must reach an end")


def _has_cycle(story: Story) -> bool:
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(step_id: str) -> bool:
        if state.get(step_id) == 1:
            return True
        if state.get(step_id) == 2:
            return False
        state[step_id] = 1
        looped = any(visit(c.next) for c in story.steps[step_id].choices)
        state[step_id] = 2
        return looped

    return visit(story.start)


def _question(raw: Any, where: str) -> Question:
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{where}: a question must be a mapping")
    qid = _text(raw, "id", where)
    options = raw.get("options")
    if not isinstance(options, list) or not 2 <= len(options) <= MAX_CHOICES:
        raise KnowledgeError(f"{where}: {qid} needs 2 or 3 options")
    answer = raw.get("answer")
    if not isinstance(answer, int) or not 1 <= answer <= len(options):
        raise KnowledgeError(f"{where}: {qid} answer must be an option number")
    return Question(
        qid, _text(raw, "question", where), tuple(str(o) for o in options), answer, _text(raw, "why", where)
    )
