"""What the docs page "Check the spec against your environment" shows, from the plan itself:
every call a run can make (when, and with what effect) and every operation it never calls, so
the page cannot drift from what the command does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .plan import NEEDS, STEPS, Effect, Step

if TYPE_CHECKING:
    from ..cookbook import Scenario
    from ..ir import Api, Operation


@dataclass(frozen=True)
class Row:
    step: Step
    operation: Operation
    when: str  # "always" or the options it needs
    flow: Scenario | None  # the cookbook flow the step comes from


def page_context(api: Api, scenarios: tuple[Scenario, ...]) -> dict[str, object]:
    by_id = {op.operation_id: op for op in api.operations}
    flows = {scenario.id: scenario for scenario in scenarios}
    rows = []
    for step in STEPS:
        if step.operation not in by_id:  # a spec without it (a test's small spec): the run skips it too
            continue
        needs = set(step.needs) | ({"writes"} if step.effect is Effect.WRITE else set())
        when = " and ".join(NEEDS[n] for n in sorted(needs)) or "always"
        rows.append(Row(step, by_id[step.operation], when, flows.get(step.flow)))
    called = {step.operation for step in STEPS}
    return {
        "conformance_rows": rows,
        "never_called": [op for op in api.operations if op.operation_id not in called],
        "effects": [e.value for e in Effect],
    }
