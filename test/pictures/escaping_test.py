#!/usr/bin/env python3
"""pictures.escaping: user-written text stays text in every picture of test/pictures/hostile.cpp.

Checks, without a browser, the page of the running program (`hostile --html`), the page of the
analyzer (`taskgroup inspect --format=html`, with the findings of the checks) and Graphviz's SVG
(`taskgroup inspect --format=svg`): the markup is exactly the template's, the data blocks hold
no character that could end them, and every hostile string comes back unchanged as data.
"""
import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

LABEL = "\"><img src=x onerror=window.__xss='label'>"
TOOLTIP = "<script>window.__xss = 'tooltip'</script> & \"quoted\" 'single' \u2028 line separator"
COLOUR = "red\"><img src=x onerror=\"window.__xss = 'colour'\">"
FGCOLOUR = "</style><script>window.__xss = 'fgcolor'</script>"
BETA_TOOLTIP = "<!-- & &amp; --> ]]> \\N \\G"

failures = []


def expect(condition, what):
    if not condition:
        failures.append(what)


def run(argv):
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        sys.exit("%s exited %d:\n%s" % (" ".join(argv), done.returncode, done.stderr))
    return done.stdout


def data_block(page, block_id):
    match = re.search(r'<script type="application/json" id="%s">(.*?)</script>' % block_id, page, re.S)
    expect(match, "no data block %s" % block_id)
    text = match.group(1) if match else "null"
    for raw in "<>&\u2028\u2029":
        expect(raw not in text, "data block %s holds a raw %r" % (block_id, raw))
    return json.loads(text)


def check_page(page, name):
    lower = page.lower()
    # the template's own elements only: two data blocks and one script, one style, no comment
    expect(lower.count("<script") == 3 and lower.count("</script") == 3, name + ": script elements added")
    expect(lower.count("<style") == 1 and lower.count("</style") == 1, name + ": style elements added")
    expect("<img" not in lower and "<!--" not in page, name + ": markup from the data")
    model = data_block(page, "tg-model")
    groups = {g["group_id"]: g for g in model["dags"][0]["groups"]}
    alpha = groups["alpha"]
    expect(alpha["label"] == LABEL, name + ": label changed: %r" % alpha["label"])
    expect(alpha["tooltip"] == TOOLTIP, name + ": tooltip changed: %r" % alpha["tooltip"])
    expect(alpha["ui_color"] == COLOUR, name + ": ui_color changed")
    expect(alpha["ui_fgcolor"] == FGCOLOUR, name + ": ui_fgcolor changed")
    expect(groups["beta"]["tooltip"] == BETA_TOOLTIP, name + ": beta's tooltip changed")
    return data_block(page, "tg-findings")


def check_svg(svg):
    root = ET.fromstring(svg)  # well-formed: no attribute or text broke out
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    expect(not tags & {"script", "img", "style", "foreignObject"}, "svg: elements from the data: %s" % tags)
    values = []
    for element in root.iter():
        for key, value in element.attrib.items():
            expect(not key.rsplit("}", 1)[-1].lower().startswith("on"), "svg: event attribute " + key)
            values.append(value)
        values.append(element.text or "")
    everything = "\n".join(values)
    expect("<script>window.__xss = 'tooltip'</script> & \"quoted\"" in everything, "svg: tooltip not kept as text")
    expect(LABEL in everything, "svg: label not kept as text")
    # Graphviz decodes entities (`&amp;`) and expands `\G` in tooltips: the text is not always
    # kept exactly (docs/pictures.md, limits), but a comment opener stays text
    expect("<!-- & &" in everything, "svg: beta's tooltip not kept as text")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--program", required=True, help="the built test/pictures/hostile.cpp")
    parser.add_argument("--taskgroup", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--include", required=True)
    args = parser.parse_args()

    findings = check_page(run([args.program, "--html"]), "program --html")
    expect(findings == [], "program --html: findings %r" % findings)

    inspect = [args.taskgroup, "inspect", args.source]
    flags = ["--", "-std=c++20", "-I" + args.include]
    findings = check_page(run(inspect + ["--format=html"] + flags), "inspect --format=html")
    colour = [f for f in findings if f["check"] == "taskgroup-ui-params" and f.get("node") == "alpha"
              and "<img src=x onerror=" in f["message"]]
    expect(colour, "inspect --format=html: no ui-params finding on alpha quoting the colour: %r" % findings)

    check_svg(run(inspect + ["--format=svg"] + flags))

    for failure in failures:
        print("FAIL: " + failure)
    print("pictures.escaping: %s" % ("ok" if not failures else "%d failures" % len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
