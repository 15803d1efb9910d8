"""Office profile rules: codes after GB/T 2260 (6-digit county) and the 12-digit statistical
division code used for townships and villages."""

from __future__ import annotations

import re

from app.domain.errors import DomainError, Problem, ValidationErrors, sentence
from app.domain.text import text_problems
from app.i18n import N_

LEVELS = ("county", "township", "village")


def validate_office(*, code: str, level: str, name_zh: str, name_bo: str = "", parent_code: str | None = None) -> dict:
    problems: list[Problem] = []
    code = (code or "").strip()
    if not re.fullmatch(r"\d{6}|\d{9}|\d{12}", code):
        problems.append(
            Problem(
                "code",
                N_(
                    "An office code has 6 digits (county, GB/T 2260) or 9 or "
                    "12 digits (township or village statistical code)."
                ),
            )
        )
    elif not code.startswith("63"):
        problems.append(Problem("code", N_("Office codes in Qinghai start with 63."), warning=True))
    if level not in LEVELS:
        problems.append(Problem("level", N_("The level must be county, township or village.")))
    if not (name_zh or "").strip():
        problems.append(Problem("name_zh", N_("The office needs a Chinese name.")))
    if parent_code and not re.fullmatch(r"\d{6}|\d{9}|\d{12}", parent_code.strip()):
        problems.append(Problem("parent_code", N_("The parent office code has 6, 9 or 12 digits.")))
    text_problems(problems, name_zh=(name_zh or "").strip(), name_bo=(name_bo or "").strip())
    errors = [p for p in problems if not p.warning]
    if errors:
        raise ValidationErrors(errors)
    return {
        "code": code,
        "level": level,
        "name_zh": name_zh.strip(),
        "name_bo": (name_bo or "").strip(),
        "parent_code": (parent_code or "").strip() or None,
    }


class NoOffice(DomainError):
    """The register has no office profile yet (first start, or a register made by scripts)."""

    def __init__(self) -> None:
        super().__init__("this register has no office profile yet")

    def text(self, lang: str = "en") -> str:
        return sentence(
            N_("This register has no office profile yet. Create it first (command: init, or the first-start form)."),
            {},
            lang,
        )
