#!/usr/bin/python3
"""The review sheet a police officer signs (datatrail --review-sheet) must cover everything a
visitor can see: every case, the overview, every piece of advice and every quiz question,
plan item and spot-the-leak item, each with its marker and a signature line per page. Exit status 1 if anything is missing."""
import json, pathlib, re, sys

root, sheet = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
html = sheet.read_text(encoding="utf-8")
content = root / "content"
problems = []

def need(snippet, what):
    if snippet not in html:
        problems.append(f"{sheet.name}: {what} is missing")

index = json.loads((content / "cases" / "index.json").read_text(encoding="utf-8"))["cases"]
for cid in index:
    case = json.loads((content / "cases" / f"{cid}.json").read_text(encoding="utf-8"))
    need(f'id="case-{cid}"', f"the page for case {cid}")
    for step in case["timeline"]:
        need(step["zh-Hans"].replace("&", "&amp;").replace("\"", "&quot;"), f"a timeline step of {cid}")
    for remark in case.get("remarks", []):
        need(remark["zh-Hans"].replace("\"", "&quot;"), f"an officer's remark in {cid}")
need('id="overview"', "the overview page")
for r in json.loads((content / "reminders.json").read_text(encoding="utf-8"))["reminders"]:
    need(f"advice {r['id']}", f"advice {r['id']}")
for q in json.loads((content / "quiz" / "questions.json").read_text(encoding="utf-8"))["questions"]:
    need(f"question {q['id']} · prompt", f"question {q['id']}")
for r in json.loads((content / "quiz" / "rules.json").read_text(encoding="utf-8"))["rules"]:
    need(f"plan item {r['id']}", f"plan item {r['id']}")
for s in json.loads((content / "quiz" / "spot.json").read_text(encoding="utf-8"))["items"]:
    need(f"spot {s['id']} (pair {s['pair']}) · situation", f"spot-the-leak item {s['id']}")
    need(s["reason"]["zh-Hans"].replace("\"", "&quot;"), f"the reason of spot-the-leak item {s['id']}")
pages = len(re.findall(r'<section class="page"', html))
signs = html.count('class="sign"')
if signs != pages or pages < len(index) + 3:
    problems.append(f"{sheet.name}: {pages} pages but {signs} signature lines")
for kind in ("Established", "Officer's general remark", "Our tip"):
    need(kind, f"the marker \"{kind}\"")
if re.search(r"<script|<img|onerror=", html, re.I):
    problems.append(f"{sheet.name}: content became markup")
for p in problems:
    print(p)
print(f"review sheet: {pages} pages, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
