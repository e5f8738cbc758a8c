"""Run the plan through the Python client and check every answer against the spec.

The runner makes one `CloudBaseAuth` per actor (this run's anonymous device, the custom-login
user, the administrator, the throw-away account), all on one `RecordingTransport`, runs the
steps in order, checks every exchange each step caused (`checks.check_exchange`), judges the
step's last answer against what the spec says it is (`Expect`), keeps the fields later steps
need from the wire, and hands everything to the report.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from ..loader import pointer_join
from ..spec import as_dict
from .checks import Finding, check_exchange, is_error_body, parse_body, shown
from .contract import Contract
from .plan import Effect, Expect, Planned, Step, allowed_operations, select
from .redact import Redactor
from .report import ClientFailure, Report, StepResult, build_report
from .transport import Exchange, RateLimit, RecordingTransport, RefusedRequest

if TYPE_CHECKING:
    from cloudbase_auth import CloudBaseAuth

logger = logging.getLogger("authgen.conformance")


class SetupError(Exception):
    """The run cannot start (a bad option or file); one line, no secret in it."""


@dataclass(frozen=True)
class Options:
    env_id: str
    base_url: str | None = None
    region: str = "ap-shanghai"
    client_id: str | None = None
    credentials: Path | None = None
    secret_id: str | None = None
    secret_key: str | None = None
    allow_writes: bool = False
    email: str | None = None
    phone_number: str | None = None
    custom_uid: str = "authgen-conformance"
    rate: float = 4.0
    timeout: float = 30.0

    def available(self) -> frozenset[str]:
        have = set()
        if self.credentials is not None:
            have.add("credentials")
        if self.secret_id and self.secret_key:
            have.add("key_pair")
        if self.email or self.phone_number:
            have.add("contact")
        if self.allow_writes:
            have.add("writes")
        return frozenset(have)


def plan(options: Options) -> list[Planned]:
    return select(options.available())


@dataclass
class Run:
    """One conformance run; also the `Context` the steps' calls get."""

    contract: Contract
    options: Options
    codes: Callable[[str], str]  # the verification code sent to an address (asks a person)
    inner: httpx.BaseTransport | None = None  # tests only: another way to the service
    values: dict[str, Any] = field(default_factory=dict)
    _clients: dict[str, CloudBaseAuth] = field(default_factory=dict)
    _passwords: tuple[str, str] = ("", "")
    transport: RecordingTransport = field(init=False)
    redactor: Redactor = field(init=False)

    def __post_init__(self) -> None:
        self.redactor = Redactor(self.contract.secret_names, self.contract.declared_names)
        self.redactor.add(self.options.secret_key)
        self._passwords = (_password(), _password())
        for password in self._passwords:
            self.redactor.add(password)
        if self.options.credentials is not None:
            # The key file's text, and each of its values by name (private_key, private_key_id).
            try:
                text = self.options.credentials.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                reason = getattr(exc, "strerror", None) or type(exc).__name__
                raise SetupError(f"--credentials {self.options.credentials}: cannot read: {reason}") from None
            self.redactor.add(text)
            try:
                self.redactor.learn_json(json.loads(text))
            except ValueError:
                raise SetupError(f"--credentials {self.options.credentials}: not JSON") from None

    # -- Context ----------------------------------------------------------------------------

    def client(self, actor: str) -> CloudBaseAuth:
        if actor not in self._clients:
            from cloudbase_auth import CloudBaseAuth, MemoryStorage

            # The revoker is a second session of the anonymous user: the same device.
            device = (
                self._clients["anonymous"].device_id
                if actor == "revoker" and "anonymous" in self._clients
                else None
            )
            self._clients[actor] = CloudBaseAuth(
                **self._client_settings(),
                device_id=device,
                storage=MemoryStorage(),
                timeout=self.options.timeout,
                max_retries=0,  # every answer is checked as it came; a retry would hide one
                transport=self.transport,
            )
        return self._clients[actor]

    def _client_settings(self) -> dict[str, Any]:
        """Where every client of the run points (checked once by `check_options`)."""
        return {
            "env_id": self.options.env_id,
            "region": self.options.region,
            "client_id": self.options.client_id,
            "base_url": self.options.base_url,
        }

    def code(self, target: str) -> str:
        value = self.codes(target).strip()
        self.redactor.add(value)
        return value

    def bearer(self, token_value: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.values[token_value]}"}

    @property
    def contact(self) -> tuple[str, str]:
        if self.options.email:
            return "email", self.options.email
        return "phone_number", str(self.options.phone_number)

    @property
    def custom_uid(self) -> str:
        return self.options.custom_uid

    @property
    def credentials(self) -> str:
        return str(self.options.credentials)

    @property
    def key_pair(self) -> tuple[str, str]:
        return str(self.options.secret_id), str(self.options.secret_key)

    @property
    def passwords(self) -> tuple[str, str]:
        return self._passwords

    # -- the run ----------------------------------------------------------------------------

    def check_options(self) -> str:
        """The base URL the run would call, or SetupError for what it refuses before any call
        (a --base-url, --env or --region the client cannot use). Sends nothing: `--plan` runs it."""
        # Without --base-url the URL is the gateway the client picks for --env and --region.
        where = "--base-url" if self.options.base_url else "--env/--region"
        try:
            base_url = self._base_url()
            httpx.URL(base_url)
        except (ValueError, httpx.InvalidURL) as exc:
            raise SetupError(f"{where}: {exc}") from None
        from cloudbase_auth import CloudBaseAuth

        try:
            with CloudBaseAuth(**self._client_settings()):
                pass  # a client is built, and closed: nothing is sent
        except ValueError as exc:
            raise SetupError(f"--base-url/--env: {exc}") from None
        return base_url

    def execute(self) -> Report:
        planned = plan(self.options)
        base_url = self.check_options()
        base_path = httpx.URL(base_url).path
        self.transport = RecordingTransport(
            self.contract,
            base_path,
            allowed_operations(planned),
            self.redactor,
            RateLimit(self.options.rate),
            self.inner,
        )
        results: list[StepResult] = []
        findings: list[tuple[Finding, Exchange]] = []
        failures: list[ClientFailure] = []
        done: set[str] = set()
        try:
            for item in planned:
                result = self._run_step(item, done, findings, failures)
                results.append(result)
                if result.outcome == "ok":
                    done.add(item.step.id)
        finally:
            for client in self._clients.values():
                client.close()
            self.transport.close()
        return build_report(
            self.contract, self.options, self.redactor, self.redactor.url(httpx.URL(base_url)),
            results, findings, failures, self.transport.exchanges,
        )  # fmt: skip

    def _base_url(self) -> str:
        if self.options.base_url:
            return self.options.base_url
        from cloudbase_auth import CloudBaseAuth

        # The client's own choice for the env and region (it sends nothing when built).
        with CloudBaseAuth(self.options.env_id, region=self.options.region) as probe:
            return probe.base_url

    def _run_step(
        self,
        item: Planned,
        done: set[str],
        findings: list[tuple[Finding, Exchange]],
        failures: list[ClientFailure],
    ) -> StepResult:
        from cloudbase_auth import APIConnectionError, APIStatusError

        step = item.step
        op = self.contract.operations.get(step.operation)
        method, path = (op.method, op.path) if op else ("", "")
        if not item.runs:
            return StepResult(step, method, path, "skipped", item.reason)
        if op is None:
            return StepResult(step, method, path, "skipped", f"the spec has no operation {step.operation}")
        waiting = [d for d in step.after if d not in done]
        if waiting:
            return StepResult(
                step, method, path, "skipped", f"after {', '.join(waiting)}, which did not succeed"
            )
        self.transport.step = step.id
        first = len(self.transport.exchanges)
        problem = ""
        try:
            step.call(self)
        except APIStatusError:
            pass  # an error answer: judged below, from the wire
        except APIConnectionError as exc:
            problem = f"no answer: {self.redactor.text(str(exc))}"
        except RefusedRequest as exc:
            problem = str(exc)
            failures.append(ClientFailure(step.id, step.operation, problem, True))
        except Exception as exc:  # the client could not take the answer: a finding, never a traceback
            problem = f"{type(exc).__name__}: {self.redactor.text(str(exc))}"
        exchanges = self.transport.exchanges[first:]
        conforms = True
        for exchange in exchanges:
            if not exchange.operation:
                continue
            for finding in check_exchange(self.contract, exchange, self.redactor):
                findings.append((finding, exchange))
                conforms = False
        if not exchanges:
            logger.info("%s: %s", step.id, problem or "no request was sent")
            return StepResult(step, method, path, "failed", problem or "no request was sent")
        last = exchanges[-1]
        if problem and not problem.startswith(("no answer", "refused")):
            # The client could not take an answer: a client bug when the answer conforms.
            failures.append(ClientFailure(step.id, step.operation, problem, conforms))
        outcome, note, behaviour = self._judge(step, last)
        if behaviour is not None:
            findings.append((behaviour, last))
        if outcome == "ok":
            note = self._capture(step, last) or note
            outcome = "failed" if note else "ok"
        logger.info("%s: %s %s -> %d %s", step.id, method, path, last.status, note)
        return StepResult(step, method, path, outcome, note, last.status)

    def _judge(self, step: Step, last: Exchange) -> tuple[str, str, Finding | None]:
        """(outcome, note, a behaviour finding): the answer against what the spec says it is."""
        _, body = parse_body(last.body)
        error = last.status >= 400 or is_error_body(body)
        name = body.get("error") if isinstance(body, dict) else None
        answered = (
            f"{last.status} {shown(name, self.redactor)}" if isinstance(name, str) else str(last.status)
        )
        expect = step.expect
        if expect.outcome == "error":
            if not error:
                return "ok", "", self._behaviour(step, expect, f"{last.status}, a success")
            if name != expect.error and isinstance(name, str) and name in self.contract.catalogue:
                return "ok", "", self._behaviour(step, expect, answered)
            return "ok", "", None
        if error:
            return "failed", f"answered {answered}", None
        if expect.outcome == "empty" and body != {}:
            fields = ", ".join(sorted(map(str, body))) if isinstance(body, dict) else "not an object"
            return "ok", "", self._behaviour(step, expect, f"an object with {fields}")
        if expect.outcome == "nonempty" and body == {}:
            return "ok", "", self._behaviour(step, expect, "{}")
        return "ok", "", None

    def _behaviour(self, step: Step, expect: Expect, answered: str) -> Finding:
        op = self.contract.operations[step.operation]
        pointer, says = self._documented(op.operation_id, expect)
        return Finding(
            "behaviour",
            op.operation_id,
            pointer,
            f"{step.why.rstrip('.')}: the spec says {says}; the service answered {answered}",
            says,
            answered,
        )

    def _documented(self, op_id: str, expect: Expect) -> tuple[str, str]:
        """Where the spec documents an expectation: the example that shows it."""
        op = self.contract.operations[op_id]
        for status, (response, pointer) in op.responses.items():
            for media_type, media in as_dict(response.get("content")).items():
                for name, example in as_dict(as_dict(media).get("examples")).items():
                    value = as_dict(example).get("value")
                    hit = (
                        name == expect.example
                        if expect.example
                        else (isinstance(value, dict) and value.get("error") == expect.error)
                    )
                    if hit and status != "default":
                        where = pointer_join(pointer, "content", media_type, "examples", name, "value")
                        return where, _says(expect, status)
        if expect.error in self.contract.catalogue:
            return self.contract.catalogue[expect.error][1], _says(expect, "")
        return op.pointer, _says(expect, "")

    def _capture(self, step: Step, last: Exchange) -> str:
        """Keep the fields later steps need; a note when the answer lacks one."""
        _, body = parse_body(last.body)
        for name, key in step.capture.items():
            value = body.get(key) if isinstance(body, dict) else None
            if not isinstance(value, str) or not value:
                return f"the answer has no {key} to go on with"
            self.values[name] = value
        return ""


def _says(expect: Expect, status: str) -> str:
    if expect.outcome == "error":
        return f"{expect.error}" + (f" ({status})" if status else "")
    if expect.outcome == "empty":
        return "{} (200)" if not status else f"{{}} ({status})"
    return f"an object with the token's details ({status or 'success'})"


def _password() -> str:
    """A password the service's rules accept (8-64 characters: upper, lower, digit, special)."""
    return "Cf9!" + secrets.token_urlsafe(12)


def steps_with_effect(planned: list[Planned], effect: Effect) -> list[Step]:
    return [p.step for p in planned if p.runs and p.step.effect is effect]
