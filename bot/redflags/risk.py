"""Risk level from warning signs, by the rules of taxonomy.yml's `risk_levels`.

high: at least one involuntary AND one coercion indicator (the ILO/ICLS 2018 definition of
forced labour), or physical/sexual violence, or three or more exploitation indicators.
concern: exploitation indicators of one dimension only. caution: recruitment signs only.
urgent: danger now or a child at risk, whatever the signs.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.redflags.taxonomy import EXPLOITATION, Taxonomy

INVOLUNTARY, COERCION = "involuntary", "coercion"
VIOLENCE = "physical_sexual_violence"


def assess(taxonomy: Taxonomy, codes: Iterable[str], urgent: bool = False) -> str:
    found = [taxonomy.signs[c] for c in set(codes) if c in taxonomy.signs]
    exploitation = [s for s in found if s.group == EXPLOITATION]
    dimensions = {s.dimension for s in exploitation}
    if urgent:
        return "urgent"
    if (
        (INVOLUNTARY in dimensions and COERCION in dimensions)
        or any(s.code == VIOLENCE for s in exploitation)
        or len(exploitation) >= 3
    ):
        return "high"
    if exploitation:
        return "concern"
    if found:
        return "caution"
    return "none"


def missing_dimension(taxonomy: Taxonomy, codes: Iterable[str]) -> str | None:
    """The forced-labour dimension to ask about when only the other one is present."""
    dimensions = {
        taxonomy.signs[c].dimension
        for c in codes
        if c in taxonomy.signs and taxonomy.signs[c].group == EXPLOITATION
    }
    if INVOLUNTARY in dimensions and COERCION not in dimensions:
        return COERCION
    if COERCION in dimensions and INVOLUNTARY not in dimensions:
        return INVOLUNTARY
    return None
