"""Errors of the PDF layer: sentences in the user's language, never a traceback.

``FontError(role, reason, path=None)`` — no usable font for one script.  ``role`` is
"tibetan", "han" or "latin"; ``reason`` is one of the ``REASON_*`` constants below.
``text(lang)`` gives the message ("en", "zh", "bo" or "both"); it names what to install
(Debian/Ubuntu packages, Windows font names) or, for a font file set in Settings, why that
file cannot be used.
"""

from __future__ import annotations

from app import i18n
from app.i18n import N_
from app.domain.errors import DomainError

SCRIPT_LABELS = {
    "tibetan": N_("Tibetan"),
    "han": N_("Chinese"),
    "latin": N_("Latin (digits and letters)"),
}

# What to install, per script: one sentence each so a translator sees the whole advice.
INSTALL_ADVICE = {
    "tibetan": N_(
        "No Tibetan font was found for PDF output. On Debian or Ubuntu install it with "
        "`sudo apt install fonts-noto-core` (Noto Serif Tibetan) or "
        "`sudo apt install fonts-tibetan-machine`; on Windows the font Microsoft Himalaya "
        "(himalaya.ttf) is needed. You can also choose a Tibetan TrueType font file in "
        "Settings."
    ),
    "han": N_(
        "No Chinese font was found for PDF output. On Debian or Ubuntu install it with "
        "`sudo apt install fonts-wqy-microhei`; on Windows the font SimSun (simsun.ttc) or "
        "Microsoft YaHei (msyh.ttc) is needed. You can also choose a Chinese TrueType font "
        "file in Settings."
    ),
    "latin": N_(
        "No Latin font was found for PDF output. On Debian or Ubuntu install it with "
        "`sudo apt install fonts-dejavu-core`; on Windows the font Arial (arial.ttf) is "
        "needed. You can also choose a TrueType font file in Settings."
    ),
}

REASON_NOT_INSTALLED = "not-installed"
REASON_NOT_FOUND = "not-found"
REASON_CFF = "cff"
REASON_NOT_TRUETYPE = "not-truetype"
REASON_NO_COVERAGE = "no-coverage"

# Why a font file chosen in Settings cannot be used.
REASONS = {
    REASON_NOT_FOUND: N_("the file does not exist"),
    REASON_CFF: N_(
        "it has PostScript (CFF) outlines, which PDF export cannot embed; choose a "
        "TrueType font (.ttf, or a .ttc with TrueType outlines)"
    ),
    REASON_NOT_TRUETYPE: N_("it is not a TrueType font file"),
    REASON_NO_COVERAGE: N_("it does not contain the letters of this script"),
}

BAD_FILE = N_("The {script} font file chosen in Settings cannot be used for PDF output: {path} ({reason}).")


class FontError(DomainError):
    """No usable TrueType font for one script (missing, or the chosen file is unusable)."""

    def __init__(self, role: str, reason: str = REASON_NOT_INSTALLED, path: str | None = None):
        self.role, self.reason, self.path = role, reason, path
        super().__init__(self.text("en"))

    def _tr(self, text: str, lang: str) -> str:
        return i18n.render(text, lang) if lang == "both" else i18n.translate(text, lang)

    def text(self, lang: str = "en") -> str:
        if self.reason == REASON_NOT_INSTALLED:
            return self._tr(INSTALL_ADVICE[self.role], lang)
        # Bilingual mode: one full sentence per language rather than a mix inside one sentence.
        if lang == "both":
            return " / ".join(self.text(one) for one in ("bo", "zh"))
        template = self._tr(BAD_FILE, lang)
        params = dict(
            script=self._tr(SCRIPT_LABELS[self.role], lang),
            path=self.path or "",
            reason=self._tr(REASONS[self.reason], lang),
        )
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return BAD_FILE.format(**params)
