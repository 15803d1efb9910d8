"""pypinyin's phrase dictionary loaded before a large roster is checked, with its repeated
readings stored once.

The search keys of imported households (app.domain.search) need pypinyin, whose phrase dictionary
is read from JSON: 47,000 phrases whose ~130,000 readings are a fresh str in a fresh list each,
though there are only ~1,600 different readings — 37 MB of a 52 MB load.  Equal readings are made
one object here: the dictionary's contents stay equal, item for item, so every reading and every
key is what it was (pypinyin deep-copies a phrase's readings before it uses them, so sharing them
changes nothing it hands out).  Done before the rows are checked, the memory given back is filled
by the plan instead of adding to it; the import's peak was the plan, the sheet and this dictionary
side by side.
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def load_compact() -> None:
    """pypinyin loaded as app.domain.script loads it (name and place readings added), then its
    phrase readings shared.  Once per process."""
    from app.domain.script import _pypinyin

    _pypinyin()
    from pypinyin import constants, phrases_dict

    texts: dict[str, str] = {}
    readings: dict[tuple[str, ...], list[str]] = {}
    for table in {id(d): d for d in (constants.PHRASES_DICT, phrases_dict.phrases_dict)}.values():
        for phrase, syllables in table.items():
            if not isinstance(syllables, list):
                continue
            used: set[tuple[str, ...]] = set()
            for i, reading in enumerate(syllables):
                if isinstance(reading, list) and all(type(s) is str for s in reading):
                    key = tuple(texts.setdefault(s, s) for s in reading)
                    # one list object at most once per phrase: deepcopy would copy a repeated one
                    # once and hand out the same list twice (哈哈: [["hā"], ["hā"]])
                    syllables[i] = list(key) if key in used else readings.setdefault(key, list(key))
                    used.add(key)
