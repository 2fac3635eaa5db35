#!/usr/bin/python3
"""Validates every content file against its JSON Schema in content/schema/, so the schemas an
organiser's editor uses stay true to what the loader accepts. Also proves the check can fail:
a copy of a real case with a typo'd key must be rejected. Run with Debian's /usr/bin/python3
(python3-jsonschema). Exit status 1 on any problem."""
import copy, json, pathlib, sys
import jsonschema

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
content = root / "content"
schemas = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (content / "schema").glob("*.schema.json")}
store = {s["$id"]: s for s in schemas.values()}


def validator(name):
    schema = schemas[name]
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, resolver=jsonschema.RefResolver(base_uri="", referrer=schema, store=store))


def kind(rel):
    if rel.startswith("strings/"):
        return "strings.schema.json"
    if rel == "cases/index.json":
        return "cases-index.schema.json"
    if rel.startswith("cases/"):
        return "case.schema.json"
    return {"sources.json": "sources.schema.json", "reminders.json": "reminders.schema.json",
            "overview.json": "overview.schema.json", "quiz/questions.json": "questions.schema.json",
            "quiz/rules.json": "rules.schema.json",
            "quiz/spot.json": "spot.schema.json"}.get(rel)


problems = 0
files = 0
for path in sorted(content.rglob("*.json")):
    rel = path.relative_to(content).as_posix()
    if rel.startswith("schema/"):
        continue
    name = kind(rel)
    if name is None:
        print(f"content/{rel}: no schema covers this file")
        problems += 1
        continue
    files += 1
    doc = json.loads(path.read_text(encoding="utf-8"))
    for err in validator(name).iter_errors(doc):
        print(f"content/{rel}: /{'/'.join(str(p) for p in err.absolute_path)}: {err.message}")
        problems += 1

# The check must be able to fail.
case = json.loads((content / "cases" / "qingdao-phone-shops.json").read_text(encoding="utf-8"))
bad = copy.deepcopy(case)
bad["titel"] = bad.pop("title")
bad["flow"]["edges"][0]["cases"] = ["x"]  # only overview edges cite cases
caught = list(validator("case.schema.json").iter_errors(bad))
if len(caught) < 2:
    print("schema check is too lax: a typo'd key and a stray edge field were accepted")
    problems += 1

print(f"schemas: {files} files checked against {len(schemas)} schemas, {problems} problem(s)")
sys.exit(1 if problems else 0)
