#!/usr/bin/python3
"""Subsets Noto Sans CJK SC (regular and bold) to the characters used in content/, in two parts.

The first part (ui-regular.otf, ui-bold.otf) holds what the web page's first screen draws:
the strings whose keys start with one of --first-keys (the start screen, the top and bottom
bars, the display settings), any --first-text file, and ASCII. It is all the browser loads
before the first frame. The rest (rest-r.otf, rest-b.otf) holds every other character of
every JSON file under content/ and the --extra-text files (the Problems screen's built-in
words, kiosk.json), and is fetched right after the first frame (ui/fonts: the glyph pages'
path). A character of the first screen missing from the first part is not an error: that
screen waits for the rest (a kiosk's first screen, the attract loop, does: it shows content).
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
    # Files whose characters the first screen draws (none today: kiosk.json's organiser is on
    # the kiosk's start screen, and a kiosk starts on the attract loop, which needs the rest).
    ap.add_argument("--first-text", action="append", default=[])
    ap.add_argument("--regular", required=True)
    ap.add_argument("--bold", required=True)
    ap.add_argument("--first-keys", default="app.,home.,nav.,lang.,display.",
                    help="comma-separated prefixes of the string keys the first screen draws")
    a = ap.parse_args()
    # Before the first frame: ASCII (English words, numbers) and what the first screen says;
    # the rest of ALWAYS (Latin-1, full-width forms) comes with the rest.
    first = set(chr(c) for c in range(0x20, 0x7F))
    prefixes = tuple(p for p in a.first_keys.split(",") if p)
    for f in sorted(pathlib.Path(a.content, "strings").glob("*.json")):
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if isinstance(doc, dict):
            for k, v in doc.items():
                if isinstance(v, str) and k.startswith(prefixes):
                    first.update(v)
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
    for f in a.first_text:
        text = pathlib.Path(f).read_text(encoding="utf-8")
        chars.update(text)
        first.update(text)
    chars = sorted(c for c in chars if c >= " ")
    first = sorted(c for c in first if c >= " ")
    rest = sorted(set(chars) - set(first))
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "glyphs.txt").write_text("".join(chars), encoding="utf-8")
    for src, part, name in ((a.regular, first, "ui-regular.otf"), (a.bold, first, "ui-bold.otf"),
                            (a.regular, rest, "rest-r.otf"), (a.bold, rest, "rest-b.otf")):
        font = TTCollection(src).fonts[SC_FACE]
        opts = subset.Options()
        opts.layout_features = []
        opts.hinting = False
        opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep copyright/licence names
        opts.notdef_outline = True
        s = subset.Subsetter(opts)
        s.populate(text="".join(part) or " ")
        s.subset(font)
        font.save(str(out / name))
    print(f"subset-font: {len(chars)} characters, {len(first)} of them before the first frame")


if __name__ == "__main__":
    main()
