"""The one error type of the domain.

A rule that refuses input raises :class:`ValidationError` carrying the field it concerns and an
English source message with named parameters.  The message is translated where it is shown (GUI:
beside the field; CLI: on stderr) through :mod:`app.i18n`, so no layer ever shows a traceback.
Several problems found at once travel together in :class:`ValidationErrors`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from app import i18n


class Named(str):
    """A name a message puts in (a household status, a loan product …), in both scripts.

    Services give a problem both names, so they never need to know the reader's language: the
    front end picks one when it shows the sentence (:meth:`Problem.text`, ui.i18n), and each half
    of a bilingual sentence gets its own language's name.  As a plain string it is the Chinese.
    """

    zh: str
    bo: str
    en: str

    def __new__(cls, zh: str, bo: str = "", en: str = "") -> Named:
        named = super().__new__(cls, zh or bo or en)
        named.zh, named.bo, named.en = zh or bo or en, bo or zh or en, en or zh or bo
        return named

    def in_lang(self, lang: str) -> str:
        """The name in "zh", "bo" or "en", or "both"."""
        if lang == "both":
            return i18n.join_bilingual(self.zh, self.bo)
        return {"bo": self.bo, "en": self.en}.get(lang, self.zh)

    @staticmethod
    def joined(sep: str, names: Iterable[str]) -> Named:
        """`names` joined by `sep`, in each language (plain strings are the same in all)."""
        names = list(names)
        return Named(*(sep.join(getattr(n, lang, n) for n in names) for lang in ("zh", "bo", "en")))


def params_in(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """A problem's parameters with every :class:`Named` in `lang`."""
    return {k: v.in_lang(lang) if isinstance(v, Named) else v for k, v in params.items()}


def sentence(message: str, params: dict[str, Any], lang: str = "en") -> str:
    """`message` (an English source marked with N_) in `lang` ("en", "zh", "bo", or "both") with
    its parameters filled in; in "both" the Tibetan and the Chinese sentence, each with its own
    language's names (:class:`Named`)."""
    if lang == "both":
        return i18n.join_bilingual(sentence(message, params, "zh"), sentence(message, params, "bo"))
    filled = params_in(params, lang)
    try:
        return i18n.translate(message, lang).format(**filled)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not become a crash: fall back.
        return message.format(**filled)


@dataclass(frozen=True)
class Problem:
    """One finding about one field: an error (refuses the save) or a warning (shown, allowed)."""

    field: str
    message: str  # English source text, marked with N_() where it is written
    params: dict[str, Any] = dataclasses.field(default_factory=dict)  # (`field` is the name of a field here)
    warning: bool = False

    def text(self, lang: str = "en") -> str:
        """The message in `lang` with its parameters filled in (:func:`sentence`)."""
        return sentence(self.message, self.params, lang)


class DomainError(Exception):
    """Base of every error the core raises on purpose (front ends show its text, never a trace)."""

    def text(self, lang: str = "en") -> str:  # pragma: no cover - overridden
        return str(self)


class SentenceError(DomainError):
    """An error told by one sentence: an English source message (marked with N_) and its
    parameters, said in the reader's language where it is shown (:func:`sentence`: bilingual mode
    shows both).  The base of the services' and storage's own errors (a refused package, a
    roster file that cannot be read, a failed backup, the disk …)."""

    def __init__(self, message: str, **params: Any):
        self.message, self.params = message, params
        super().__init__(message.format(**params))

    def text(self, lang: str = "en") -> str:
        return sentence(self.message, self.params, lang)


class ValidationError(DomainError):
    """Input refused: carries the field and a translatable message."""

    def __init__(self, field: str, message: str, warning: bool = False, **params: Any):
        self.problem = Problem(field, message, dict(params), warning)
        super().__init__(self.problem.text("en"))

    @property
    def field(self) -> str:
        return self.problem.field

    @property
    def message(self) -> str:
        return self.problem.message

    @property
    def params(self) -> dict[str, Any]:
        return self.problem.params

    def text(self, lang: str = "en") -> str:
        return self.problem.text(lang)


class ValidationErrors(DomainError):
    """Several field errors found at once (a form or a roster row is checked as a whole)."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = [p for p in problems if not p.warning]
        super().__init__("; ".join(p.text("en") for p in self.problems))

    def text(self, lang: str = "en") -> str:
        return "\n".join(p.text(lang) for p in self.problems)

    def by_field(self) -> dict[str, Problem]:
        out: dict[str, Problem] = {}
        for p in self.problems:
            out.setdefault(p.field, p)
        return out


class NotFound(DomainError):
    def __init__(self, what: str, key: str):
        self.what, self.key = what, key
        super().__init__(f"{what} not found: {key}")

    def text(self, lang: str = "en") -> str:
        return sentence(i18n.N_("Record not found: {key}"), {"key": self.key}, lang)


class Conflict(DomainError):
    """The record changed since it was read (optimistic locking on `version`)."""

    def __init__(self, table: str, record_id: str):
        self.table, self.record_id = table, record_id
        super().__init__(f"{table} {record_id} was changed by someone else")

    def text(self, lang: str = "en") -> str:
        return sentence(
            i18n.N_("This record was changed elsewhere after you opened it. Close it and open it again."), {}, lang
        )


class PermissionDenied(DomainError):
    def __init__(self, action: str):
        self.action = action
        super().__init__(f"not allowed: {action}")

    def text(self, lang: str = "en") -> str:
        return sentence(i18n.N_("Your account is not allowed to do this: {action}"), {"action": self.action}, lang)


class ReadOnlyRecord(PermissionDenied):
    """A record imported from another office (sync): it is changed only where it was made."""

    def __init__(self, office_code: str, office_name: str = ""):
        self.office_code, self.office_name = office_code, office_name
        DomainError.__init__(self, f"read-only record of office {office_code}")
        self.action = "edit"

    def text(self, lang: str = "en") -> str:
        name = f"{self.office_name} ({self.office_code})" if self.office_name else self.office_code
        return sentence(
            i18n.N_(
                "This record belongs to office {office} and is read-only here: it is "
                "changed at that office and arrives with its sync package."
            ),
            {"office": name},
            lang,
        )


def problems_of(check: Callable[..., Any], *args: Any, **kwargs: Any) -> list[Problem]:
    """Run a validating call; its errors (and the warnings it returns as the second item of a
    ``(value, warnings)`` pair, the validate_X convention) as a list — what a form shows."""
    try:
        result = check(*args, **kwargs)
    except ValidationErrors as exc:
        return list(exc.problems)
    except ValidationError as exc:
        return [exc.problem]
    warnings = result[1] if isinstance(result, tuple) and len(result) == 2 else []
    return list(warnings) if isinstance(warnings, list) else []


def collect(*checks: Callable[[], Any]) -> list[Problem]:
    """Run zero-argument callables; gather the ValidationErrors they raise as problems."""
    problems: list[Problem] = []
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            problems.append(exc.problem)
        except ValidationErrors as exc:
            problems.extend(exc.problems)
    return problems
