"""The display language of the GUI: 中文, བོད་ཡིག or bilingual, switched at run time.

How a widget follows the language (the pattern Frescobaldi uses)
----------------------------------------------------------------
Every widget puts *all* its ``self.tr(...)`` calls in one method, ``translateUI()``, calls it at
the end of ``__init__`` and again on every ``QEvent.LanguageChange``::

    class HouseholdPage(Retranslatable, QWidget):
        def __init__(self):
            super().__init__()
            self.title = QLabel()
            ...
            self.translateUI()

        def translateUI(self):
            self.title.setText(self.tr("Households"))
            self.model.setHeaders([self.tr("Name"), self.tr("ID number")])

``Retranslatable`` supplies the ``changeEvent`` that calls ``translateUI``. Qt itself sends
LanguageChange to every widget when a QTranslator is installed or removed, so switching the mode
below (a translator swap) reaches every open page, dialog, menu and header without restart.
Table models are not widgets: a page's ``translateUI`` tells its model to emit
``headerDataChanged``, and models ask :func:`language` for enumeration labels (``label``) and
numbers (``fmt_int`` / ``fmt_yuan``) when Qt asks them for data, so they follow too. Code that is
not a widget can connect to ``language().changed``.

Modes
-----
"zh": our zh_CN catalog, then Qt's own qtbase_zh_CN.qm (for Qt texts we did not list).
"bo": our bo_CN catalog (Qt ships no Tibetan: Qt's standard texts are in our .ts files).
"both": a bilingual catalog compiled from the two .ts files (app.i18n.build_qm), every
translation the Tibetan and the Chinese text joined, Tibetan first unless the user turned the
order round ("Tibetan autonomous prefectures set bilingual text Tibetan first", DESIGN §5).
The mode, the order and the Tibetan-digits option are remembered in QSettings.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from app import i18n as app_i18n
from app.domain import script

ORGANIZATION = "DualBaseLedger"
APPLICATION = "DualBaseLedger"
MODES = ("zh", "bo", "both")
DEFAULT_MODE = "both"

_KEY_MODE = "ui/language_mode"
_KEY_TIBETAN_FIRST = "ui/tibetan_first"
_KEY_TIBETAN_DIGITS = "ui/tibetan_digits"

# the pure halves of bilingual text live in app.i18n (the .qm build uses them too)
strip_mnemonic = app_i18n.strip_mnemonic
join_texts = app_i18n.join_ui_texts


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class Language(QObject):
    """The GUI's language state; use the shared instance from :func:`language`."""

    # emitted after the mode, order or digit option changed (translators already swapped)
    changed = Signal()

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings(ORGANIZATION, APPLICATION)
        mode = str(self._settings.value(_KEY_MODE, DEFAULT_MODE))
        self._mode = mode if mode in MODES else DEFAULT_MODE
        self._tibetan_first = _as_bool(self._settings.value(_KEY_TIBETAN_FIRST, True))
        self._tibetan_digits = _as_bool(self._settings.value(_KEY_TIBETAN_DIGITS, False))
        self._installed: list[QTranslator] = []
        self._locale_before: QLocale | None = None
        self._catalogs: dict[str, list[QTranslator]] = {}

    # -- state -----------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self._mode

    @property
    def tibetan_first(self) -> bool:
        return self._tibetan_first

    @property
    def tibetan_digits(self) -> bool:
        return self._tibetan_digits

    @property
    def digits_active(self) -> bool:
        """Tibetan digits are shown only in Tibetan mode, and only when the user asked for them."""
        return self._tibetan_digits and self._mode == "bo"

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown language mode {mode!r}")
        self._mode = mode
        self._settings.setValue(_KEY_MODE, mode)
        self.apply()

    def set_tibetan_first(self, first: bool) -> None:
        self._tibetan_first = bool(first)
        self._settings.setValue(_KEY_TIBETAN_FIRST, self._tibetan_first)
        self.apply()

    def set_tibetan_digits(self, on: bool) -> None:
        self._tibetan_digits = bool(on)
        self._settings.setValue(_KEY_TIBETAN_DIGITS, self._tibetan_digits)
        self.apply()

    # -- translators -----------------------------------------------------------------------------
    def _catalog(self, name: str) -> list[QTranslator]:
        """Loaded (not installed) translators for "zh", "bo", "bo+zh" or "zh+bo", ours first.

        Qt's own Chinese (qtbase_zh_CN.qm) comes after ours in every catalog that shows Chinese,
        for the few Qt texts the project does not list itself.
        """
        if name not in self._catalogs:
            try:
                app_i18n.build_qm()  # compiles the .ts when it changed since the last build
            except (RuntimeError, OSError) as exc:
                # No compiler and no .qm (a broken install): English beats not starting at all.
                logging.getLogger(__name__).warning("translations not compiled: %s", exc)
            found: list[QTranslator] = []
            ours = QTranslator(self)
            if ours.load(str(app_i18n.qm_path(name))):
                found.append(ours)
            if "zh" in name:
                qt = QTranslator(self)
                if qt.load(
                    QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_translations_dir()
                ):
                    found.append(qt)
            self._catalogs[name] = found
        return self._catalogs[name]

    def reload_catalogs(self) -> None:
        """Drop loaded catalogs (after the .ts files changed) and install fresh ones."""
        self._catalogs.clear()
        _one_language.clear()
        self.apply()

    def apply(self) -> None:
        """Install the translators of the current mode (Qt then sends LanguageChange everywhere)."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before applying a language")
        for t in self._installed:
            app.removeTranslator(t)
        name = self._mode if self._mode != "both" else ("bo+zh" if self._tibetan_first else "zh+bo")
        # installTranslator puts the newest first: install Qt's catalog before ours
        wanted = list(reversed(self._catalog(name)))
        for t in wanted:
            app.installTranslator(t)
        self._installed = wanted
        if self._locale_before is None:
            self._locale_before = QLocale()
        QLocale.setDefault(self.locale())
        # Order and digit changes swap no catalog but still change what widgets show:
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        app_i18n.reload()
        self.changed.emit()

    def uninstall(self) -> None:
        """Remove our translators (tests; shutting down)."""
        app = QCoreApplication.instance()
        if app is not None:
            for t in self._installed:
                app.removeTranslator(t)
        self._installed = []
        if self._locale_before is not None:
            QLocale.setDefault(self._locale_before)
            self._locale_before = None

    def locale(self) -> QLocale:
        if self._mode == "bo":
            return QLocale(QLocale.Language.Tibetan, QLocale.Country.China)
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)

    # -- texts that are not tr() strings ---------------------------------------------------------
    def label(self, name_zh: str, name_bo: str) -> str:
        """An enumeration/reference label for the current mode (the other script when one is empty)."""
        if self._mode == "zh":
            return name_zh or name_bo
        if self._mode == "bo":
            return name_bo or name_zh
        return app_i18n.join_bilingual(name_zh, name_bo, self._tibetan_first)

    def tr_domain(self, message: str, /, **params: Any) -> str:
        """A string marked N_() in the Qt-free layers, in the current mode, parameters filled in."""
        template = QCoreApplication.translate(app_i18n.DOMAIN, message)
        try:
            return template.format(**params) if params else template
        except (KeyError, IndexError, ValueError):
            return message.format(**params)

    def problem_text(self, problem) -> str:
        """The sentence for an app.domain.errors.Problem (or ValidationError) in the current mode:
        names it carries in both scripts (app.domain.errors.Named) in this mode's language, and in
        bilingual mode each half with its own language's names."""
        from app.domain.errors import Named, params_in

        problem = getattr(problem, "problem", problem)
        params = problem.params
        if self._mode == "both" and any(isinstance(v, Named) for v in params.values()):
            halves = {}
            for lang in ("zh", "bo"):
                try:
                    halves[lang] = app_i18n.translate(problem.message, lang).format(**params_in(params, lang))
                except (KeyError, IndexError, ValueError):
                    halves[lang] = problem.message.format(**params_in(params, lang))
            return app_i18n.join_ui_texts(halves["zh"], halves["bo"], self._tibetan_first)
        return self.tr_domain(problem.message, **params_in(params, self._mode))

    def error_text(self, error) -> str:
        """The sentence for any app.domain.errors.DomainError in the current mode."""
        if hasattr(error, "problems"):
            return "\n".join(self.problem_text(p) for p in error.problems)
        if hasattr(error, "problem"):
            return self.problem_text(error.problem)
        return error.text(self.app_mode())

    def app_mode(self) -> str:
        """The mode in the Qt-free layers' terms (app.i18n.render takes "zh" / "bo" / "both")."""
        return self._mode

    def fill(self, context: str, template: str, *args) -> str:
        """`template` (an English source of `context`) with %1, %2… filled, for the current mode.

        An argument that is itself a translatable word is given as ``Word("never")`` (same context)
        and is translated *per language*: in bilingual mode the Tibetan half gets the Tibetan word
        and the Chinese half the Chinese one, instead of "ཐེངས། … གཏན་ནས་མེད། / 从未 / 上次备份：
        གཏན་ནས་མེད། / 从未". ``Word(text, context)`` takes the word from another context (e.g. the
        Qt-free layers' ``app.i18n.DOMAIN``). A value known in both scripts — a reference label,
        a household's name — is given as ``Label(zh, bo)``: each half gets its own script. Plain
        strings go into both halves. Mark the template and the words for lupdate with
        QT_TRANSLATE_NOOP(context, "...").
        """

        def one(lang: str | None) -> str:
            def tr(text: str, ctx: str = context) -> str:
                if lang is None:
                    return QCoreApplication.translate(ctx, text)
                return translate_in(text, lang, ctx)

            def value(arg) -> str:
                if isinstance(arg, Word):
                    return tr(arg.text, arg.context or context)
                if isinstance(arg, Label):
                    return arg.half(lang or self._mode)
                return str(arg)

            out = tr(template)
            for i, arg in enumerate(args, start=1):
                out = out.replace(f"%{i}", value(arg))
            return out

        if self._mode != "both":
            return one(None)
        return join_texts(one("zh"), one("bo"), self._tibetan_first)

    def fmt_int(self, n: int) -> str:
        return script.format_int(n, self.digits_active)

    def fmt_yuan(self, fen: int) -> str:
        return script.format_yuan(fen, self.digits_active)

    def digits(self, text: str) -> str:
        """Any ASCII digits in `text` as Tibetan ones when Tibetan digits are on (dates, codes)."""
        return script.to_tibetan_digits(text) if self.digits_active else text


class Word:
    """A translatable argument of :meth:`Language.fill` (its source text; the template's context
    unless another is named)."""

    __slots__ = ("text", "context")

    def __init__(self, text: str, context: str | None = None):
        self.text = text
        self.context = context


class Label:
    """An argument of :meth:`Language.fill` known in both scripts (a reference label, a name).

    Each language's text gets its own script; when one script is empty the other stands in, as
    :meth:`Language.label` does.
    """

    __slots__ = ("zh", "bo")

    def __init__(self, zh: str | None, bo: str | None):
        self.zh = zh or ""
        self.bo = bo or ""

    def half(self, lang: str) -> str:
        if lang == "bo":
            return self.bo or self.zh
        return self.zh or self.bo


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


_language: Language | None = None


def language() -> Language:
    """The application's shared :class:`Language` (created, and applied, on first use)."""
    global _language
    if _language is None:
        _language = Language()
        if QCoreApplication.instance() is not None:
            _language.apply()
    return _language


def install() -> Language:
    """Start-up, right after the QApplication exists: the remembered mode, and fonts that follow it.

    Then, once the main window shows: ``ui.fonts.warn_if_fonts_missing(window)``.
    """
    from ui.fonts import fonts

    lang = language()
    if not lang._installed:
        lang.apply()
    fonts().follow(lang)
    return lang


def set_language(lang: Language | None) -> None:
    """Replace the shared instance (tests use their own QSettings)."""
    global _language
    _language = lang


class Retranslatable:
    """Mixin for QWidget subclasses: calls ``self.translateUI()`` on every LanguageChange.

    Put it *before* the Qt class: ``class Page(Retranslatable, QWidget)``. The widget still calls
    ``translateUI()`` itself at the end of ``__init__``.
    """

    def translateUI(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)  # type: ignore[misc]


# --- the language switcher (menu, and its actions for a toolbar) ------------------------------

# Each mode is named in its own script whatever the current mode, so a user who switched to a
# language they cannot read still finds the way back. The names live in the .ts files (context
# LanguageMenu); QT_TRANSLATE_NOOP only marks them for lupdate.
_MODE_NAMES = {
    "zh": QT_TRANSLATE_NOOP("LanguageMenu", "Chinese"),
    "bo": QT_TRANSLATE_NOOP("LanguageMenu", "Tibetan"),
    "both": QT_TRANSLATE_NOOP("LanguageMenu", "Bilingual"),
}


#: "zh" / "bo" → that language's own compiled catalog (None when it cannot be loaded)
_one_language: dict[str, QTranslator | None] = {}


def translate_in(text: str, lang: str, context: str) -> str:
    """`text` (an English source of `context`) in one language, "zh" or "bo", whatever the mode.

    Read from that language's compiled catalog, the .qm the mode "zh" or "bo" installs (memory
    mapped, looked up by Qt): the bilingual window names each mode in its own script and fills
    "Last backup: never" half by half at every start, and app.i18n.translate would first read both
    whole catalogs from their JSON copies (about 10 ms of start-up; bench: start-up). Without a
    .qm the .ts catalog answers, as for the Qt-free layers.
    """
    if lang not in ("zh", "bo"):
        return app_i18n.translate(text, lang, context)
    if lang not in _one_language:
        translator: QTranslator | None = QTranslator()
        try:
            app_i18n.build_qm()
        except (RuntimeError, OSError):
            pass  # an older .qm still beats reading the .ts
        if not translator.load(str(app_i18n.qm_path(lang))):
            translator = None
        _one_language[lang] = translator
    translator = _one_language[lang]
    if translator is None:
        return app_i18n.translate(text, lang, context)
    return translator.translate(context, text) or text


def stacked(text: str) -> str:
    """A bilingual label with its halves on two lines (Tibetan over Chinese) instead of one long
    line: for narrow places — the navigation list, step buttons — on a 1366 px screen. Texts in
    one language, and sentences already on two lines, are returned as they are."""
    if language().mode != "both" or "\n" in text:
        return text
    return text.replace(" / ", "\n", 1)


def native_mode_name(mode: str) -> str:
    """中文 for "zh", བོད་ཡིག for "bo", both scripts for "both" (read from the .ts files)."""
    src = _MODE_NAMES[mode]
    zh = translate_in(src, "zh", "LanguageMenu")
    bo = translate_in(src, "bo", "LanguageMenu")
    if mode == "zh":
        return zh
    if mode == "bo":
        return bo
    return join_texts(zh, bo, True)


class LanguageMenu(QMenu):
    """中文 / བོད་ཡིག / bilingual, Tibetan first, Tibetan digits — for the menu bar or a toolbar.

    ``mode_actions`` (an exclusive QActionGroup's actions) can also be put on a toolbar.
    """

    def __init__(self, lang: Language | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang or language()
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.mode_actions: dict[str, QAction] = {}
        for mode in MODES:
            act = QAction(self)
            act.setCheckable(True)
            act.setData(mode)
            act.triggered.connect(lambda _=False, m=mode: self._lang.set_mode(m))
            self._group.addAction(act)
            self.addAction(act)
            self.mode_actions[mode] = act
        self.addSeparator()
        self.tibetan_first_action = QAction(self)
        self.tibetan_first_action.setCheckable(True)
        self.tibetan_first_action.toggled.connect(self._on_first)
        self.addAction(self.tibetan_first_action)
        self.tibetan_digits_action = QAction(self)
        self.tibetan_digits_action.setCheckable(True)
        self.tibetan_digits_action.toggled.connect(self._on_digits)
        self.addAction(self.tibetan_digits_action)
        self._lang.changed.connect(self._sync)
        self._sync()
        self.translateUI()

    def _on_first(self, on: bool) -> None:
        if on != self._lang.tibetan_first:
            self._lang.set_tibetan_first(on)

    def _on_digits(self, on: bool) -> None:
        if on != self._lang.tibetan_digits:
            self._lang.set_tibetan_digits(on)

    def _sync(self) -> None:
        self.mode_actions[self._lang.mode].setChecked(True)
        self.tibetan_first_action.setChecked(self._lang.tibetan_first)
        self.tibetan_first_action.setEnabled(self._lang.mode == "both")
        self.tibetan_digits_action.setChecked(self._lang.tibetan_digits)
        self.tibetan_digits_action.setEnabled(self._lang.mode == "bo")

    def translateUI(self) -> None:
        self.setTitle(self.tr("&Language"))
        for mode, act in self.mode_actions.items():
            act.setText(native_mode_name(mode))
        self.tibetan_first_action.setText(self.tr("Tibetan first in bilingual text"))
        self.tibetan_digits_action.setText(self.tr("Tibetan digits in Tibetan mode"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translateUI()
        super().changeEvent(event)
