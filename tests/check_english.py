#!/usr/bin/env python3
"""English lint for every visitor-facing English text (issue 29): no sentence over 22 words,
no banned variant from the glossary in content/README.md. Failures name file and JSON pointer.
Usage: check_english.py PROJECT_ROOT"""
import json
import pathlib
import re
import sys

from content_texts import texts

MAX_WORDS = 22
# Variants the glossary bans, as whole-word patterns (case-insensitive).
BANNED = {
    r"\bcoupon farm(ing|ers?)\b": "coupon abuse",
    r"\bclerks?\b": "shop assistant / shop staff",
    r"\bword of the day\b": "today's code word",
    r"\bapps you don'?t know\b": "apps when you don't know where they come from",
    r"\boriginal address\b": "article online",
    r"\bdashed links\b": "dashed lines",
    r"\bSMS code\b": "verification code",
    r"\bphone ?cards?\b": "SIM card (in the UK a phone card is a prepaid calling card)",
    r"\bagent outlets?\b|\bphone-company (dealers?|agents?)\b": "phone companies' authorised dealers (代理网点)",
    r"\bcasually\b|\bwithout thinking\b|\bthink before you\b": "a plain rule: don't … (不轻易, 不随便 in police advice)",
    r"\be-mail\b": "email",
    r"\bGB\b": "gigabytes",
    r"\b(malware|trojan)\b": "spy program",
    r"\btelemarketers?\b": "telesales",
    r"\bupstream buyer\b": "the person they sold to",
    r"\bproperty firms?\b": "property management company",
    r"\breputable\b": "proper, legitimate",
    r"\b(trusted, )?well-known (shopping )?sites?\b": "proper, legitimate (正规: the police set no test of fame)",
    r"\bper record\b": "a record",
    r"\b(DataTrail|widget)\b": "Where Does My Data Go? / this page",
}
# Long sentences kept on purpose: (file, pointer) -> why.
EXCEPTIONS = {
    ("content/cases/xuzhou-children.json", "/outcome"):
        "the law's name and article are cited in full; splitting the penalty tiers would lose 'or a fine alone'",
}
# Sentence ends: a full stop, question or exclamation mark, or a semicolon, followed by a space.
SPLIT = re.compile(r"(?<=[.!?;])\s+")


def main(root):
    root = pathlib.Path(root)
    files = sorted((root / "content").glob("cases/*.json")) + [
        root / "content/overview.json", root / "content/reminders.json", root / "content/sources.json",
        root / "content/quiz/questions.json", root / "content/quiz/rules.json", root / "content/quiz/spot.json"]
    items = []
    for f in files:
        for ptr, text in texts(json.loads(f.read_text(encoding="utf-8")), "en"):
            items.append((str(f.relative_to(root)), ptr, text))
    strings = json.loads((root / "content/strings/en.json").read_text(encoding="utf-8"))
    for key, text in strings.items():
        if isinstance(text, str):
            items.append(("content/strings/en.json", "/" + key, text))
    problems = []
    for rel, ptr, text in items:
        for pattern, use in BANNED.items():
            if re.search(pattern, text, re.IGNORECASE):
                problems.append(f"{rel}: {ptr}: banned variant /{pattern}/ (glossary: use {use!r})")
        if (rel, ptr) in EXCEPTIONS or "/title/" in ptr and rel.endswith("sources.json"):
            continue
        for sentence in SPLIT.split(text):
            words = len(sentence.split())
            if words > MAX_WORDS:
                problems.append(f"{rel}: {ptr}: a sentence of {words} words (at most {MAX_WORDS}): {sentence[:80]}…")
    for p in problems:
        print(p)
    print(f"check_english: {len(items)} English texts, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
