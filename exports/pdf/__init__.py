"""PDF output shared by every PDF of the project (monthly report, household record card).

- :mod:`exports.pdf.fonts` finds and registers one Tibetan, one Han and one Latin TrueType font
  (``ensure_fonts(paths=None) -> FontSet``) and raises :class:`exports.pdf.errors.FontError`, a
  sentence naming what to install, when one is missing.
- :mod:`exports.pdf.text` turns any string into ReportLab Paragraph markup that sets each script
  run in a font that covers it, with HarfBuzz shaping so Tibetan stacks are drawn right
  (``para(text, style)``, ``styles(base_size)``, ``markup(text)``, ``draw_string(canvas, ...)``).
"""
