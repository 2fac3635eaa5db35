"""Walks content JSON for its localised texts: shared by the content checks in this folder."""


def texts(value, lang, pointer=""):
    """(JSON pointer, text in `lang`) for every localised text ({"zh-Hans": …, "en": …}) under value."""
    if isinstance(value, dict):
        if "zh-Hans" in value and isinstance(value.get(lang), str):
            yield pointer, value[lang]
            return
        for k, v in value.items():
            yield from texts(v, lang, f"{pointer}/{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from texts(v, lang, f"{pointer}/{i}")
