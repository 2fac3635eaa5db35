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
                "outcome": "结果", "context": "更大的背景", "advice": "警方提醒", "source": "来源",
                "intro": "你的浏览器无法显示互动版，这里是同样内容的文字版。本页不收集、不发送、不保存任何信息。",
                "report": "发现个人信息被泄露或遇到诈骗，请立即拨打110报警。",
                "roles": {"person": "信息的主人", "leak_point": "泄露点", "insider": "内部人员", "middleman": "中间商",
                          "channel": "交易渠道", "buyer": "买家"}},
    "en": {"lang_name": "English", "title": "Where Does My Data Go? · Text version", "cases": "Real cases", "when": "When",
           "timeline": "What happened", "who": "Who did what", "data": "What data was sold", "scale": "How much",
           "prices": "At what price", "outcome": "The outcome", "context": "The wider operation",
           "advice": "What the police advise", "source": "Source",
           "intro": "Your browser cannot show the interactive version; here is the same content as text. "
                    "This page collects, sends and keeps nothing.",
           "report": "If your data has leaked or someone tries to defraud you, call 110 at once.",
           "roles": {"person": "Whose data", "leak_point": "Leak point", "insider": "Insider", "middleman": "Middleman",
                     "channel": "Channel", "buyer": "Buyer"}},
}


def t(value, lang):
    return html.escape(value.get(lang, "") if isinstance(value, dict) else str(value))


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
        for key in ("data", "scale", "prices", "outcome", "context"):
            if key in c:
                out.append(f"<h4>{html.escape(u[key])}</h4><p>{t(c[key], lang)}</p>")
        out.append(f"<h4>{html.escape(u['advice'])}</h4><ul>")
        out += [f"<li>{t(reminders[r]['text'], lang)}</li>" for r in c["reminders"] if r in reminders]
        src = sources.get(c["source"])
        out.append("</ul>")
        if src:
            out.append(f"<p class=\"source\">{html.escape(u['source'])}: {t(src['publisher'], lang)},"
                       f" {t(src['title'], lang)} ({t(src['date'], lang)})</p>")
        out.append("</article>")
    out.append(f"<h2>{html.escape(u['advice'])}</h2><ul>")
    out += [f"<li>{t(r['text'], lang)}</li>" for r in reminders.values()]
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
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'">
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
