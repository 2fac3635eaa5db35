#!/usr/bin/python3
"""Subsets Noto Sans CJK SC (regular and bold) to the characters used in content/.

Every string in every JSON file under content/ counts, so a new case or translation brings
its own glyphs at the next build. ASCII, Latin-1 punctuation, general punctuation and CJK
punctuation are always kept so numbers and English never miss a glyph.
Run with Debian's /usr/bin/python3 (it has fontTools).
"""
import argparse, json, pathlib, sys
from fontTools import subset
from fontTools.ttLib import TTCollection

ALWAYS = (
    [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xA0, 0x100)]
    + [chr(c) for c in range(0x2010, 0x2027)] + [chr(c) for c in range(0x3000, 0x3020)]
    + [chr(c) for c in range(0xFF01, 0xFF5F)] + list("×÷…·→←↑↓✓✕￥")
)
SC_FACE = 2  # index of the Simplified Chinese face in the Noto CJK collections


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield k
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--content", required=True)
    ap.add_argument("--out", required=True)
    # Files whose every character is kept: the built-in words of the content-problems screen,
    # which must render even when the strings files are broken, and the organiser's kiosk.json
    # (its organiser name and reporting line appear on screen).
    ap.add_argument("--extra-text", action="append", default=[])
    ap.add_argument("--regular", required=True)
    ap.add_argument("--bold", required=True)
    a = ap.parse_args()
    chars = set(ALWAYS)
    for f in sorted(pathlib.Path(a.content).rglob("*.json")):
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as e:
            # The content checker reports the file precisely; the font only needs what parses.
            print(f"subset-font: skipping {f}: {e}", file=sys.stderr)
            continue
        for s in strings(doc):
            chars.update(s)
    for f in a.extra_text:
        chars.update(pathlib.Path(f).read_text(encoding="utf-8"))
    chars = sorted(c for c in chars if c >= " ")
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "glyphs.txt").write_text("".join(chars), encoding="utf-8")
    for src, name in ((a.regular, "ui-regular.otf"), (a.bold, "ui-bold.otf")):
        font = TTCollection(src).fonts[SC_FACE]
        opts = subset.Options()
        opts.layout_features = []
        opts.hinting = False
        opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep copyright/licence names
        opts.notdef_outline = True
        s = subset.Subsetter(opts)
        s.populate(text="".join(chars))
        s.subset(font)
        font.save(str(out / name))
    print(f"subset-font: {len(chars)} characters")


if __name__ == "__main__":
    main()
