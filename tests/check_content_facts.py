#!/usr/bin/python3
"""What a police reviewer checks first, checked on every run:

1. Figures: every number in the Chinese content (Arabic digits and Chinese numerals: 四千 = 4000,
   1.1亿, 200余万, 十几万, 数万) occurs in an article the item cites. A case cites its source; an
   overview hop the cases and articles it names; a reminder its sources; a quiz question or rule,
   or a spot-the-leak item, the sources of its reminder and its case.
2. Our own words: no run of more than 25 characters is copied from an article (headlines,
   which are quoted as the citation, are exempt).

Failures name the file, the JSON pointer and the figure (or the copied run). Also proves both
checks can fail. Run with /usr/bin/python3; exit status 1 on any problem.
"""
import difflib
import json
import pathlib
import re
import sys

from content_texts import texts

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
content = root / "content"
# The articles live outside the repository (../shared/sources, not ours to publish). Where they
# are not at hand (a CI checkout elsewhere), the figures are checked against an index of each
# article's figures kept in tests/fixtures/article_figures.json, which this script rewrites
# whenever it does see the articles; the copied-words check needs the articles themselves.
INDEX = root / "tests" / "fixtures" / "article_figures.json"
candidates = [pathlib.Path(sys.argv[2])] if len(sys.argv) > 2 else []
candidates += [root.parent / "shared" / "sources", pathlib.Path("/work/shared/sources")]
sources_dir = next((c for c in candidates if (c / "README.md").exists()), None)

# [SECTION] Figures
DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
BIG = {"万": 10_000, "亿": 100_000_000}
# Words whose characters are numerals but which are not figures.
NOT_FIGURES = ["二维码", "一手", "十分", "百姓", "万一", "千万别", "一些", "一起", "一直", "一旦", "一定", "统一", "之一",
               "一步步", "一般", "一样", "一次", "一张", "一个", "一家", "一位", "一名", "一条", "一桶", "一把", "一道", "一句",
               "一下", "一点", "一边", "一批", "一方面", "一线", "一手", "进一步", "一举", "一环", "万无一失", "第一", "一是",
               "二是", "三是", "四是", "五是", "唯一", "一律", "一旁", "一眼", "一时", "一向", "一度", "一再", "单一", "十足",
               "四处", "七八", "八九", "三五", "五花八门", "多家", "多地", "多名", "多个", "数据", "数字", "上线", "上游"]


def chinese_value(run):
    """Value of a run of Chinese numerals (四千 -> 4000, 二十 -> 20, 十一万 -> 110000)."""
    total, section, digit = 0, 0, 0
    for ch in run:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            section += (digit or 1) * UNITS[ch]
            digit = 0
        elif ch in BIG:
            total += (section + digit) * BIG[ch]
            section, digit = 0, 0
    return total + section + digit


def normalise(text):
    text = text.translate({ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９．"})
    text = re.sub(r"(?<=\d)[ ,，](?=\d{3}\b)", "", text)  # 1,200 -> 1200
    return re.sub(r"(?<=[\d.])\s+|\s+(?=[\d.])", "", text)  # "200 余万" -> "200余万"


def figures(text):
    """Every figure in `text`, as canonical strings: "4000", "0.5", "2000000", or a vague
    quantity kept as written ("十几万", "几十万", "数万", "上万")."""
    text = normalise(text)
    for w in NOT_FIGURES:
        text = text.replace(w, "·" * len(w))
    found = []
    # Vague quantities first (they contain numerals too).
    for m in re.finditer(r"(十几|几十|几百|几千|数十|数百|数千|数|上|几)([万亿千百])", text):
        found.append(m.group(0))
        text = text[: m.start()] + "·" * len(m.group(0)) + text[m.end():]
    # Arabic numbers, with 余/多 and a magnitude: 200余万, 1.1亿, 30余万, 1.6万余.
    for m in re.finditer(r"(\d+(?:\.\d+)?)([余多]?)([万亿千]?)", text):
        value = float(m.group(1)) * ({"万": 1e4, "亿": 1e8, "千": 1e3}.get(m.group(3), 1))
        found.append(canon(value))
        text = text[: m.start()] + "·" * len(m.group(0)) + text[m.end():]
    # Chinese numerals: 四千, 八, 三至七 (each part), 二十余万, 十一万多, 五毛 (0.5 yuan).
    for m in re.finditer(r"[零〇一二两三四五六七八九十百千万亿]+(?:余|多)?[万亿]?(毛)?", text):
        run = re.sub(r"[余多毛]", "", m.group(0))
        if run in ("一", "万", "亿", "千", "百") or not re.search(r"[二两三四五六七八九十百千]|一[万亿千百十]", run):
            continue
        value = chinese_value(run)
        found.append(canon(value / 10 if m.group(1) else value))
    return found


def canon(v):
    v = round(v, 6)  # 1.1 * 1e8 is 110000000.00000001 in floating point
    return str(int(v)) if float(v).is_integer() else f"{v:.6g}"


# [SECTION] The articles and what cites them
def article_text(path):
    return path.read_text(encoding="utf-8")


sources = json.loads((content / "sources.json").read_text(encoding="utf-8"))["sources"]
if sources_dir:
    articles = {s["id"]: article_text(sources_dir / s["file"]) for s in sources}
    article_figures = {sid: set(figures(text)) for sid, text in articles.items()}
    index = {sid: sorted(f) for sid, f in article_figures.items()}
    if not INDEX.exists() or json.loads(INDEX.read_text(encoding="utf-8")) != index:
        INDEX.write_text(json.dumps(index, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {INDEX.relative_to(root)} (commit it)")
else:
    print("the source articles are not here: figures checked against tests/fixtures/article_figures.json, "
          "copied words not checked")
    articles = {}
    article_figures = {sid: set(f) for sid, f in json.loads(INDEX.read_text(encoding="utf-8")).items()}
headlines = [s["title"]["zh-Hans"] for s in sources]

cases = {}
for cid in json.loads((content / "cases" / "index.json").read_text(encoding="utf-8"))["cases"]:
    cases[cid] = json.loads((content / "cases" / f"{cid}.json").read_text(encoding="utf-8"))
reminders = {r["id"]: r for r in json.loads((content / "reminders.json").read_text(encoding="utf-8"))["reminders"]}
overview = json.loads((content / "overview.json").read_text(encoding="utf-8"))
questions = json.loads((content / "quiz" / "questions.json").read_text(encoding="utf-8"))["questions"]
rules = json.loads((content / "quiz" / "rules.json").read_text(encoding="utf-8"))["rules"]
spot = json.loads((content / "quiz" / "spot.json").read_text(encoding="utf-8"))["items"]


def zh_texts(value):
    """(JSON pointer, zh text) for every localised text under `value`."""
    return texts(value, "zh-Hans")


def cited_by_reminder(rid):
    return set(reminders.get(rid, {}).get("sources", []))


def cited_by_case(cid):
    return {cases[cid]["source"]} if cid in cases else set()


items = []  # (file, pointer, zh text, cited article ids)
for cid, c in cases.items():
    items += [(f"content/cases/{cid}.json", p, t, {c["source"]}) for p, t in zh_texts(c)]
all_sources = set(articles)
items += [("content/overview.json", p, t, all_sources) for p, t in zh_texts({k: overview[k] for k in ("title", "intro")})]
for i, n in enumerate(overview["flow"]["nodes"]):
    items += [("content/overview.json", f"/flow/nodes/{i}{p}", t, all_sources) for p, t in zh_texts(n)]
for i, e in enumerate(overview["flow"]["edges"]):
    cited = set(e.get("sources", [])).union(*(cited_by_case(c) for c in e.get("cases", [])))
    items += [("content/overview.json", f"/flow/edges/{i}{p}", t, cited) for p, t in zh_texts(e)]
for i, r in enumerate(reminders.values()):
    items += [("content/reminders.json", f"/reminders/{i}{p}", t, set(r.get("sources", [])) or all_sources)
              for p, t in zh_texts(r)]
for i, q in enumerate(questions):
    cited = cited_by_reminder(q.get("reminder", "")) | cited_by_case(q.get("case", ""))
    items += [("content/quiz/questions.json", f"/questions/{i}{p}", t, cited or all_sources) for p, t in zh_texts(q)]
for i, r in enumerate(rules):
    f = r["finding"]
    cited = cited_by_reminder(f.get("reminder", "")) | cited_by_case(f.get("case", ""))
    items += [("content/quiz/rules.json", f"/rules/{i}/finding{p}", t, cited or all_sources) for p, t in zh_texts(f)]

for i, s in enumerate(spot):
    cited = cited_by_reminder(s.get("reminder", "")) | cited_by_case(s.get("case", ""))
    items += [("content/quiz/spot.json", f"/items/{i}{p}", t, cited or all_sources) for p, t in zh_texts(s)]

def figure_problems(file, pointer, text, cited):
    known = set().union(*(article_figures[s] for s in cited if s in article_figures))
    return [f"{file}: {pointer}: the figure {fig} is in no article this cites ({', '.join(sorted(cited))})"
            for fig in figures(text) if fig not in known]


# [SECTION] Our own words
MAX_RUN = 25
plain = {sid: re.sub(r"\s+", "", t) for sid, t in articles.items()}


def copy_problems(file, pointer, text):
    t = re.sub(r"\s+", "", text)
    if len(t) <= MAX_RUN or t in headlines:
        return []
    out = []
    for sid, art in plain.items():
        m = difflib.SequenceMatcher(None, t, art, autojunk=False).find_longest_match(0, len(t), 0, len(art))
        if m.size > MAX_RUN:
            out.append(f"{file}: {pointer}: {m.size} characters copied from article {sid}: "
                       f"\"{t[m.a:m.a + m.size]}\" (retell it)")
    return out


problems = []
checked = 0
for file, pointer, text, cited in items:
    checked += len(figures(text))
    problems += figure_problems(file, pointer, text, cited)
    problems += copy_problems(file, pointer, text)

# [SECTION] The checks can fail
assert "4000" in figures("并处罚金人民币四千元") and "2000000" in figures("200 余万条") and "110000000" in figures("1.1亿条")
assert "0.5" in figures("以五毛至 2 元每条") and "十几万" in figures("可能要卖到十几万元") and "200000" in figures("二十余万元")
assert figures("扫描二维码，一手信息") == []
if not figure_problems("self-test", "/", "每条信息卖9999元，共二十七万条", {"000"}):
    problems.append("self-test: made-up figures were not caught")
if articles and not copy_problems("self-test", "/", articles["002"].split("办案民警通过梳理案件线索")[1][:40]):
    problems.append("self-test: a run copied from an article was not caught")

for p in problems:
    print(p)
print(f"content facts: {checked} figures in {len(items)} texts checked against {len(article_figures)} articles, "
      f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
