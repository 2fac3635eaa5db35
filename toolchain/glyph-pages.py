#!/usr/bin/python3
"""Cuts Noto Sans CJK SC (regular and bold) into glyph pages fetched on demand.

The UI font is subset at build time to the characters content/ uses, so a character an
organiser types later (a place like 邳州, a shop like 鑫璐) would have no glyph. These pages
cover every character of GBK (which holds all of GB2312 and the 20,902 unified hanzi), Latin
with pinyin tone marks, and full-width forms. A page is the characters of one block of 256
code points (U+4Exx, U+4Fxx, ...), so the app finds a character's page by arithmetic, with
no index to download; `index.txt` lists the pages that exist.

Pages depend on nothing in the repository but this script, so they are built once into the
dependency cache (keyed by this file's hash) and reused by every clone.
Run with Debian's /usr/bin/python3 (it has fontTools).
"""
import argparse, concurrent.futures, gzip, os, pathlib, shutil, subprocess, sys
from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

SC_FACE = 2  # index of the Simplified Chinese face in the Noto CJK collections


def wanted_characters():
    chars = set()
    # Every double-byte GBK code (GB2312 is the part with both bytes >= 0xA1).
    for lead in range(0x81, 0xFF):
        for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFF)):
            try:
                chars.update(bytes((lead, trail)).decode("gbk"))
            except UnicodeDecodeError:
                pass
    chars.update(map(chr, range(0x20, 0x7F)))     # ASCII
    chars.update(map(chr, range(0xA0, 0x250)))    # Latin-1, Latin Extended A/B (pinyin tones)
    chars.update(map(chr, range(0xFF01, 0xFF5F)))  # full-width forms
    chars.update(map(chr, range(0x3000, 0x3040)))  # CJK punctuation
    return chars


def cut(args):
    full, page, chars, out = args
    font = TTFont(full)
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep copyright/licence names
    opts.notdef_outline = True
    s = subset.Subsetter(opts)
    s.populate(unicodes=[ord(c) for c in chars])
    s.subset(font)
    font.save(out)
    # Served precompressed (nginx gzip_static / brotli_static), compressed once here.
    subprocess.run(["brotli", "-q", "11", "-f", "-o", out + ".br", out], check=True)
    with open(out, "rb") as f, gzip.GzipFile(out + ".gz", "wb", compresslevel=9, mtime=0) as z:
        z.write(f.read())
    return page


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--regular", required=True)
    ap.add_argument("--bold", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    if (out / "index.txt").exists():
        return  # built before, by this same script (the directory is keyed by its hash)
    work = pathlib.Path(str(out) + ".tmp")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    jobs = []
    pages = None
    for src, weight in ((a.regular, "r"), (a.bold, "b")):
        face = TTCollection(src).fonts[SC_FACE]
        cmap = face.getBestCmap()
        have = sorted(c for c in wanted_characters() if ord(c) in cmap)
        # First one subset to everything wanted, so each page reads a small font, not the
        # 20 MB collection.
        opts = subset.Options()
        opts.layout_features = []
        opts.hinting = False
        opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
        opts.notdef_outline = True
        s = subset.Subsetter(opts)
        s.populate(unicodes=[ord(c) for c in have])
        s.subset(face)
        full = str(work / f"all-{weight}.otf")
        face.save(full)
        by_page = {}
        for c in have:
            by_page.setdefault(ord(c) >> 8, []).append(c)
        pages = pages or sorted(by_page)
        for page, chars in by_page.items():
            jobs.append((full, page, chars, str(work / f"{page:02x}-{weight}.otf")))

    with concurrent.futures.ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        list(pool.map(cut, jobs))
    for weight in "rb":
        os.remove(work / f"all-{weight}.otf")
    (work / "index.txt").write_text(" ".join(f"{p:02x}" for p in pages) + "\n", encoding="ascii")
    shutil.rmtree(out, ignore_errors=True)
    work.rename(out)
    total = sum(f.stat().st_size for f in out.glob("*.otf"))
    print(f"glyph-pages: {len(pages)} pages, {total // 1024} KB in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
