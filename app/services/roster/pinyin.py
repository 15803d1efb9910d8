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
    readings: dict[tuple, list] = {}
    seen: set[int] = set()  # constants.PHRASES_DICT is a copy of phrases_dict's: the same lists
    for table in (constants.PHRASES_DICT, phrases_dict.phrases_dict):
        for syllables in table.values():
            if type(syllables) is not list or id(syllables) in seen:
                continue
            seen.add(id(syllables))
            used: set[tuple] = set()
            for i, reading in enumerate(syllables):
                if type(reading) is not list:
                    continue
                key = tuple(reading)
                if key in used:
                    # one list object at most once per phrase: deepcopy would copy a repeated one
                    # once and hand out the same list twice (哈哈: [["hā"], ["hā"]])
                    continue
                used.add(key)
                shared = readings.get(key)
                if shared is None:
                    shared = readings[key] = [texts.setdefault(t, t) if type(t) is str else t for t in reading]
                syllables[i] = shared
