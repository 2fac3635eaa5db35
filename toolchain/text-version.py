#!/usr/bin/python3
"""Writes stories.html: the case stories and the police reminders as plain HTML, in Chinese
and English, generated from content/ at build time.

It is what a visitor reads when their browser cannot run the widget (no WebGL 2): the
failure page links to it. No script, no canvas, one small stylesheet; every text is escaped.
"""
import argparse, html, json, pathlib

UI = {
    "zh-Hans": {"lang_name": "中文", "title": "数据去哪儿了 · 文字版", "cases": "真实案例", "when": "时间",
                "timeline": "事情经过", "who": "谁做了什么", "data": "泄露了什么", "scale": "规模", "prices": "价格",
                "outcome": "结果", "context": "所属行动", "same_report": "同一篇报道还提到", "advice": "警方提醒和小贴士",
                "police": "警方提醒", "tip": "小贴士", "source": "来源", "remarks": "民警的一般说法",
                "remarks_note": "以下是办案民警或警方负责人对这类案件的一般说法，不是本案查明的事实。",
                "intro": "你的浏览器无法显示互动版，这里是同样内容的文字版。本页不收集、不发送、不保存任何信息。",
                "report": "发现个人信息被泄露或遇到诈骗，请立即拨打110报警。",
                "roles": {"person": "信息本人", "leak_point": "泄露点", "insider": "内部人员", "middleman": "中间商",
                          "channel": "交易渠道", "buyer": "买家"}},
    "en": {"lang_name": "English", "title": "Where Does My Data Go? · Text version", "cases": "Real cases", "when": "When",
           "timeline": "What happened", "who": "Who did what", "data": "What data was sold", "scale": "How many",
           "prices": "Prices and earnings", "outcome": "The outcome", "context": "The wider operation",
           "same_report": "The same report also says", "advice": "Police advice and our tips", "police": "Police advice",
           "tip": "Our tip", "source": "Source", "remarks": "What police say in general",
           "remarks_note": "What officers said about cases like this in general. It is not something this case established.",
           "intro": "Your browser cannot show the interactive version; here is the same content as text. "
                    "This page collects, sends and keeps nothing.",
           "report": "If your data has leaked or someone tries to defraud you, call 110 at once.",
           "roles": {"person": "Whose data", "leak_point": "Leak point", "insider": "Insider", "middleman": "Middleman",
                     "channel": "Channel", "buyer": "Buyer"}},
}


def t(value, lang):
    return html.escape(value.get(lang, "") if isinstance(value, dict) else str(value))


def advice(r, lang):
    """Police advice and our own tips, each said to be what it is."""
    u = UI[lang]
    kind = u["tip"] if r.get("kind") == "our_tip" else u["police"]
    return f"<b>{html.escape(kind)}</b>{'：' if lang == 'zh-Hans' else ': '}{t(r['text'], lang)}"


def page(content, lang):
    u = UI[lang]
    load = lambda p: json.loads((content / p).read_text(encoding="utf-8"))
    sources = {s["id"]: s for s in load("sources.json")["sources"]}
    reminders = {r["id"]: r for r in load("reminders.json")["reminders"]}
    out = [f'<section lang="{lang}" id="{lang}">', f"<h1>{html.escape(u['title'])}</h1>",
           f"<p>{html.escape(u['intro'])}</p>", f"<h2>{html.escape(u['cases'])}</h2>"]
    for cid in load("cases/index.json")["cases"]:
        c = load(f"cases/{cid}.json")
        out.append(f'<article id="{lang}-{html.escape(cid)}"><h3>{t(c["title"], lang)}</h3>')
        out.append(f'<p class="meta">{t(c["place"], lang)} · {t(c["when"], lang)}</p><p>{t(c["hook"], lang)}</p>')
        out.append(f"<h4>{html.escape(u['timeline'])}</h4><ol>")
        out += [f"<li>{t(step, lang)}</li>" for step in c["timeline"]]
        out.append(f"</ol><h4>{html.escape(u['who'])}</h4><ul>")
        out += [f"<li><b>{html.escape(u['roles'].get(a['role'], a['role']))}: {t(a['name'], lang)}.</b> {t(a['did'], lang)}</li>"
                for a in c["actors"]]
        out.append("</ul>")
        for key in ("data", "scale", "prices", "outcome"):
            out.append(f"<h4>{html.escape(u[key])}</h4><p>{t(c[key], lang)}</p>")
        if "context" in c:
            label = u["same_report"] if c.get("context_kind") == "same_report" else u["context"]
            out.append(f"<h4>{html.escape(label)}</h4><p>{t(c['context'], lang)}</p>")
        if c.get("remarks"):
            out.append(f"<h4>{html.escape(u['remarks'])}</h4><p><i>{html.escape(u['remarks_note'])}</i></p><ul>")
            out += [f"<li>{t(r, lang)}</li>" for r in c["remarks"]]
            out.append("</ul>")
        out.append(f"<h4>{html.escape(u['advice'])}</h4><ul>")
        out += [f"<li>{advice(reminders[r], lang)}</li>" for r in c["reminders"] if r in reminders]
        src = sources.get(c["source"])
        out.append("</ul>")
        if src:
            url = f" {html.escape(src['url'])}" if src.get("url") else ""
            out.append(f"<p class=\"source\">{html.escape(u['source'])}: {t(src['publisher'], lang)},"
                       f" {t(src['title'], lang)} ({t(src['date'], lang)}){url}</p>")
        out.append("</article>")
    out.append(f"<h2>{html.escape(u['advice'])}</h2><ul>")
    out += [f"<li>{advice(r, lang)}</li>" for r in reminders.values()]
    out.append(f"</ul><p class=\"report\">{html.escape(u['report'])}</p></section>")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--content", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    content = pathlib.Path(a.content)
    body = "\n".join(page(content, lang) for lang in ("zh-Hans", "en"))
    doc = f"""<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>数据去哪儿了 · 文字版 · Text version</title>
<link rel="stylesheet" href="style.css">
</head>
<body class="text-version">
<nav><a href="#zh-Hans" lang="zh-Hans">中文</a> · <a href="#en" lang="en">English</a></nav>
{body}
</body>
</html>
"""
    pathlib.Path(a.out).write_text(doc, encoding="utf-8")


main()
