#!/usr/bin/env python3
"""extract-cameo.py - run once, by hand, to write data/cameo-codes.tsv and data/sectors.tsv.

Reads the facts (code names, Goldstein weights, PLOVER mapping, actor-code parts and their
meanings) from the third-party tables in ../shared/cameo and writes them as our own data files;
khaldun never reads ../shared at run time. Usage: python3 data/extract-cameo.py [SHARED_DIR]
The semantics of the run-time loader (src/cameo/cameo.c) are kept: a Goldstein row per code
as in GDELT's table, the first PLOVER entry for a code wins, "~~" ends the PLOVER table.
"""
import re
import sys

shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
cam = shared + "/cameo/"
tex = open(cam + "CAMEO.Manual.1.1b3.tex", encoding="latin-1").read()


def clean(s):
    s = s.replace("\\&", "&").replace("``", '"').replace("''", '"').replace("\\%", "%")
    s = re.sub(r"\\texttt\{([^}]*)\}", r"\1", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s


# --- event codes: names from the manual's event chapter
names = {}
start = tex.index("\\chapter{CAMEO EVENT CODES}")
end = tex.index("\\include{CAMEO.ActorCodes}")
for line in tex[start:end].splitlines():
    m = re.match(r"\\textbf\{(\d\d): (.*)\}", line.strip())
    if m:
        names[m.group(1)] = clean(m.group(2)).capitalize()
        continue
    m = re.match(r"(?:\\indent\s*)?(\d{3,4}): (.*?)(\\\\)*$", line.strip())
    if m:
        names[m.group(1)] = clean(m.group(2))

gold = {}
with open(cam + "CAMEO.goldsteinscale.GDELT.tsv", encoding="latin-1") as f:
    for i, line in enumerate(f):
        parts = line.strip().split("\t")
        if i == 0 and not parts[0][:1].isdigit():
            continue
        if len(parts) == 2 and re.fullmatch(r"\d{2,4}", parts[0].strip()):
            gold.setdefault(parts[0].strip(), parts[1].strip())

plover = {}
with open(cam + "CAMEO2PLOVER-2021.txt", encoding="latin-1") as f:
    for line in f:
        s = line.split("#", 1)[0].strip()
        if not s:
            continue
        if s.startswith("~~"):
            break
        code, _, rest = s.partition(":")
        code = code.strip()
        if not re.fullmatch(r"\d{2,4}", code) or code in plover:
            continue
        fields = [x.strip() for x in rest.split(",")]
        while len(fields) < 3:
            fields.append("")
        if fields[0]:
            plover[code] = fields[:3]


def quad(code):
    r = int(code[:2])
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


codes = sorted(set(names) | set(gold) | set(plover), key=lambda c: (c[:2], c.ljust(4, " ")))
with open("data/cameo-codes.tsv", "w") as out:
    out.write("code\tname\tgoldstein\tquad\tplover_type\tplover_mode\tplover_context\n")
    for c in codes:
        if not 1 <= int(c[:2]) <= 20:
            continue
        p = plover.get(c, ["", "", ""])
        out.write("\t".join([c, names.get(c, ""), gold.get(c, ""), str(quad(c))] + p) + "\n")

# --- actor-code parts: the manual's role, international, religion and organisation tables
rows = []
sec = tex[tex.index("\\label{tab:roles}"):tex.index("\\end{longtable}", tex.index("\\label{tab:roles}"))]
kind = None
for raw in sec.split("\\hline"):
    cells = [clean(x) for x in raw.replace("\\\\", "").split("&")]
    if len(cells) < 2:
        continue
    if "Primary" in cells[0]:
        kind = "primary role"; continue
    if "Secondary" in cells[0]:
        kind = "secondary role"; continue
    if "Tertiary" in cells[0]:
        kind = "tertiary role"; continue
    code = cells[0].strip()
    if kind and re.fullmatch(r"[A-Z]{3}", code):
        desc = " ".join(c for c in cells[1:] if c)
        rows.append((code, kind, clean(desc.replace("\\", " ")).replace("\xd2", '"').replace("\xd3", '"'), "CAMEO 1.1b3 manual, Table tab:roles"))

sec = tex[tex.index("\\label{tab:INTcodes}"):tex.index("\\end{longtable}", tex.index("\\label{tab:INTcodes}"))]
for m in re.finditer(r"\\multirow\{\d\}\{\*\}\{(\w{3})\} & (?:\\multirow\{\d\}\{\*\}\{)?([^&}]*)\}? &[^\n]*\n(?:\s*& ([^&]*) &)?", sec):
    code, t1, t2 = m.group(1), clean(m.group(2)), clean(m.group(3) or "")
    desc = t1 if not t2 or t1 == t2 or "IGO" in t2 else t1 + " " + t2
    if code == "IGO":
        desc = "International or regional inter-governmental organization"
    if code == "INT":
        desc = "International or transnational actors who cannot be further specified as IGO, UIS, NGO, NGM, or MNC"
    if code == "IMG":
        desc = "International or regional militarized group"
    rows.append((code, "international", desc, "CAMEO 1.1b3 manual, Table tab:INTcodes"))

sec = tex[tex.index("\\label{tab:rel1st}"):tex.index("\\end{longtable}", tex.index("\\label{tab:rel1st}"))]
for m in re.finditer(r"& ([A-Za-z/ ]+) & ([A-Z]{3}) \\\\", sec):
    rows.append((m.group(2), "religion", m.group(1).strip(), "CAMEO 1.1b3 manual, Table tab:rel1st"))

sec = tex[tex.index("\\label{tab:orgs}"):tex.index("\\end{longtable}", tex.index("\\label{tab:orgs}"))]
for m in re.finditer(r"& ([^&\n]+?) & ((?:IGO|NGO)[A-Z]{3,6})\s*\\\\", sec):
    rows.append((m.group(2), "organization", clean(m.group(1)), "CAMEO 1.1b3 manual, Table tab:orgs"))

for code, kind, desc, src in [
    ("PTY", "party", "Political party: fields candidates, legal, not armed (follows GOV or OPP)", "CAMEO 1.1b3 manual, section Party or Speciality"),
    ("IGOPKO", "organization", "Peacekeeping forces whose organisation is not known", "CAMEO 1.1b3 manual, section International Codes"),
]:
    rows.append((code, kind, desc, src))

# a short name for each part (ICEWS-style sector names), our own wording of the meaning
SHORT = {"COP": "Police", "SPY": "Intelligence", "UAF": "Unaligned Armed Forces",
         "CVL": "Civilian", "INT": "International", "MNC": "Multinational Corporation",
         "NGM": "Non-Governmental Movement", "NGO": "Non-Governmental Organization",
         "UIS": "Unidentified State Actor", "IGO": "Inter-Governmental Organization",
         "IMG": "International Militarized Group", "PTY": "Political Party",
         "IGOPKO": "Peacekeepers", "REB": "Rebels", "SEP": "Separatist Rebels",
         "INS": "Insurgents", "OPP": "Opposition", "MOD": "Moderate", "RAD": "Radical",
         "JUD": "Judicial", "LEG": "Legislative"}


def short(code, kind, meaning):
    if code in SHORT:
        return SHORT[code]
    if ":" in meaning and kind.endswith("role"):
        return meaning.split(":")[0].strip()
    return meaning


with open("data/sectors.tsv", "w") as out:
    out.write("code\tkind\tname\tmeaning\tsource\n")
    for code, kind, meaning, src in rows:
        out.write("\t".join([code, kind, short(code, kind, meaning), meaning, src]) + "\n")
print(len(codes), "codes,", len(rows), "actor-code parts")
