#!/usr/bin/env python3
"""Builds data/verbs.tsv (format `claimtrace-verbs 1`, docs/events.md) from the PETRARCH2 CAMEO verb dictionary
(CAMEO.2.0.txt, MIT) and the CAMEO -> PLOVER table (CAMEO2PLOVER-2021.txt): verb forms, verb patterns with
their CAMEO codes, and the PLOVER type of each CAMEO code. Deterministic: the same inputs give the same bytes.

    python3 train/build_verb_lexicon.py --cameo ../shared/data/cameo > data/verbs.tsv
"""
import argparse
import os
import re
import sys

# PLOVER type names as the PLOVER gold records use them, where the 2021 table differs (docs/events.md).
ROOT_TYPE = {
    "01": None, "02": "DEMAND", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
    "19": "FIGHT", "20": "ASSAULT",
}
RENAME = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}

# Our own additions (not in CAMEO.2.0.txt): common news verbs the dictionary lacks, and event nouns
# ("the capture of two fighters"). Codes are CAMEO's.
OWN_VERBS = [("refuse", "120"), ("surrender", "0874"), ("retreat", "0874"), ("demobilize", "0873"), ("demobilise", "0873"),
             ("disarm", "0873"), ("agree", "030"), ("order", "100"), ("telephone", "041"), ("phone", "041"), ("threaten", "130"), ("warn", "130"), ("urge", "102"), ("recruit", "150"), ("enlist", "150"), ("conscript", "150"), ("mobilize", "150"),
             ("mobilise", "150"), ("condemn", "111"), ("criticize", "111"), ("criticise", "111"),
             ("denounce", "111"), ("deny", "125"), ("refute", "125"), ("reject", "120"),
             ("capture", "173"), ("detain", "173"), ("arrest", "173"), ("sanction", "163"),
             ("shell", "195"), ("bomb", "195"), ("invade", "192"), ("kill", "180"), ("attack", "190"),
             ("renege", "120"), ("violate", "128"), ("suspend", "160"), ("deface", "1712")]
# Our own patterns (verb block, code, pre, post), written before the dictionary's (a tie goes to them). PLOVER
# codes summoning an envoy as a diplomatic protest (DISAPPROVE; the dictionary's "summon" is a consultation),
# and sending inspectors as an investigation (the dictionary's "dispatch" / "send" give aid or cooperation).
ENVOYS = "ambassador|ambassadors|envoy|envoys|charge_d'affaires|diplomat|diplomats"
INSPECTORS = "inspectors|investigators|monitors|fact-finding_mission|fact-finding_team|inspection_team"
OWN_BLOCK = ["arrest", "beat"]
# Recalling an envoy reduces diplomatic relations (CAMEO 161), as the dictionary codes "recall ambassador"; its
# other names. Setting fire to a building destroys property (1712, as the dictionary codes "burn offices";
# "set" is a form of its block "arrange"), and so does defacing (an own verb above). "Beat up" is a physical
# assault (182; the dictionary lists "beat" under both 190, defeat, and 182, and its first code would win):
# "beat" gets a block of its own (below), so that "up" does not also make "break up" an assault.
# Arms sent, delivered or provided are military aid (CAMEO 072), as the dictionary codes "supply arms"; its
# weapon list has no "arms" and "send" falls back to its block's code.
ARMS = "arms|weaponry|arms_supplies|arms_shipments"
# Preventing a demonstration restricts a freedom (CAMEO 1721), as the dictionary codes "prevent a protest" and
# "prevent a rally" in the block of "delay"; its other names. Receiving inspectors or observers, or
# peacekeepers, is allowing international involvement (0862, 0861; "received" is in the block of "obtain").
GATHERINGS = "demonstration|demonstrations|protests|rallies|march|marches|sit-in|strike"
OWN_PATTERNS = [("mobilize", "111", "", ENVOYS), ("despatch", "090", "", INSPECTORS), ("send", "090", "", INSPECTORS),
                ("send", "072", "", ARMS), ("bring", "072", "", ARMS), ("grant", "072", "", ARMS),
                ("delay", "1721", "", GATHERINGS), ("obtain", "0862", "", INSPECTORS + "|observers|observer_mission"),
                ("obtain", "0861", "", "peacekeepers|peacekeeping_force|peacekeeping_troops"),
                ("recall", "161", "", ENVOYS),
                ("arrange", "1712", "", "fire"), ("own.beat", "182", "", "up")]
OWN_NOUNS = [("capture", "173"), ("arrest", "173"), ("detention", "173"), ("recruitment", "150"),
             ("mobilization", "150"), ("mobilisation", "150"), ("attack", "190"), ("attacks", "190"),
             ("invasion", "192"), ("sanctions", "163"), ("condemnation", "111"), ("talks", "040"),
             ("visit", "042"), ("ceasefire", "0356"), ("protest", "140"), ("protests", "140"),
             ("demand", "100"), ("demands", "100"), ("ultimatum", "130"), ("threat", "130"), ("threats", "130"),
             ("mediation", "045"), ("negotiations", "046"), ("investigation", "090"), ("inquiry", "090"),
             ("probe", "090"), ("demonstration", "141"), ("demonstrations", "141"), ("rally", "141"),
             ("rallies", "141")]


def dictionary_code(inside):
    """A dictionary code as we store it: "190", "190:190" (a paired event, each side to the other), ":184" (the
    subject is the target: "died in detention"), or "" for a null code ("---")."""
    parts = [p.strip() for p in inside.split(":")]
    parts = ["" if p.startswith("-") else p for p in parts]
    if len(parts) == 1 or not parts[1]:
        return parts[0]
    return parts[0] + ":" + parts[1]


def regular_forms(base):
    b = base.lower()
    forms = {b}
    if re.search(r"(s|sh|ch|x|z|o)$", b):
        forms.add(b + "es")
    elif re.search(r"[^aeiou]y$", b):
        forms.add(b[:-1] + "ies")
    else:
        forms.add(b + "s")
    if b.endswith("e"):
        forms.add(b + "d")
        forms.add(b[:-1] + "ing")
    elif re.search(r"[^aeiou]y$", b):
        forms.add(b[:-1] + "ied")
        forms.add(b + "ing")
    else:
        forms.add(b + "ed")
        forms.add(b + "ing")
        if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", b) and len(b) <= 5:
            forms.add(b + b[-1] + "ed")
            forms.add(b + b[-1] + "ing")
    return forms


def word_of(tok):
    """A dictionary word: lower case, '_' joins the words of a phrase, a trailing '_' (exact form) dropped."""
    return tok.strip("_").lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cameo", required=True, help="directory with CAMEO.2.0.txt and CAMEO2PLOVER-2021.txt")
    args = ap.parse_args()
    lines = open(os.path.join(args.cameo, "CAMEO.2.0.txt"), encoding="utf-8", errors="replace").read().split("\n")

    synsets = {}
    i = 0
    while i < len(lines) and "VERB PATTERNS" not in lines[i]:
        line = lines[i].split("#")[0].rstrip()
        if line.startswith("&"):
            name = line.strip()
            words = []
            i += 1
            while i < len(lines) and lines[i].strip() and not lines[i].startswith("&"):
                w = lines[i].split("#")[0].strip()
                if w.startswith("+"):
                    words.append(word_of(w[1:]))
                i += 1
            synsets[name] = sorted(set(w for w in words if w))
            continue
        i += 1

    def slot(tok):
        if tok.startswith("&"):
            alts = synsets.get(tok.rstrip("_"), synsets.get(tok, []))
            return "|".join(alts) if alts else None
        w = word_of(tok)
        return w if re.fullmatch(r"[a-z0-9'_.-]+", w or "") else None

    def pattern_slots(text):
        # (PREP NOUN) groups and {A B} phrases are read as plain word sequences; PETRARCH's markers dropped.
        text = re.sub(r"\{([^}]*)\}", lambda m: "_".join(m.group(1).split()), text)
        text = text.replace("(", " ").replace(")", " ")
        out = []
        for tok in text.split():
            if tok in ("$", "+", "^", "%", "=", "|", "<", ">"):
                continue
            tok = tok.lstrip("$+^%=")
            s = slot(tok)
            if s is None:
                return None
            out.append(s)
        return out

    verbs = []     # (form, verb id, code)
    patterns = []  # (verb id, code, pre, post)
    block = None
    block_code = ""
    while i < len(lines):
        raw = lines[i]
        i += 1
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        # (four headers have no space before the closing dashes: "---  DELAY   [120]---  ---")
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s*---", line)
        if m:
            block = m.group(1).lower()
            block_code = dictionary_code(m.group(2))
            continue
        if block is None:
            continue
        if line.startswith("- "):
            m = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]", line)
            if not m or "*" not in m.group(1):
                continue
            code = dictionary_code(m.group(2))
            pre_text, post_text = m.group(1).split("*", 1)
            pre, post = pattern_slots(pre_text), pattern_slots(post_text)
            if pre is None or post is None or (not pre and not post):
                continue
            patterns.append((block, code, " ".join(pre), " ".join(post)))
            continue
        m = re.match(r"^\+?([A-Z][A-Z0-9'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if not m:
            continue
        base = m.group(1)
        code = block_code
        if m.group(3):
            code = dictionary_code(m.group(3)[1:-1])
        forms = set()
        if "_" in base.strip("_"):
            forms.add(word_of(base))  # a phrase verb: as written
        else:
            forms |= regular_forms(base.strip("_"))
        if m.group(2):
            forms |= {word_of(f) for f in m.group(2)[1:-1].split() if f}
        for f in sorted(forms):
            verbs.append((f, block, code))

    # Ours set the code of these forms: kept in their dictionary block (its patterns still apply), or in a
    # block of their own when the dictionary lacks them.
    own = {f: c for b, c in OWN_VERBS for f in regular_forms(b)}
    known = {v[0] for v in verbs}
    verbs = [(f, b, own.get(f, c)) for f, b, c in verbs]
    # Verbs taken out of their dictionary block into one of their own: "arrest" shares the block of "seize" and
    # "capture", whose patterns code taking territory ("arrested ... in a sweep of the Hebron area" was 192,
    # occupation); an arrest has a person for object.
    alone = {f: b for b in OWN_BLOCK for f in regular_forms(b)}
    verbs = [(f, "own." + alone[f] if f in alone else b, c) for f, b, c in verbs]
    for b, c in OWN_VERBS:
        for f in sorted(regular_forms(b)):
            if f not in known:
                verbs.append((f, "own." + b, c))

    # CAMEO code -> PLOVER type.
    types = {}
    for line in open(os.path.join(args.cameo, "CAMEO2PLOVER-2021.txt"), encoding="utf-8"):
        m = re.match(r"^(\d+):\s*([A-Z]+)", line)
        if m:
            t = RENAME.get(m.group(2), m.group(2))
            types[m.group(1)] = t
    for root, t in ROOT_TYPE.items():
        if t:
            types[root] = t  # the gold's names for the roots
    # Where the gold's type is the root's for every sub-code (the 2021 table splits or renames them).
    for code in list(types):
        if code[:2] in ("02", "09", "10", "11", "19"):
            types[code] = ROOT_TYPE[code[:2]]
    # 08x: CONCEDE unless the table says RETREAT for the code itself. Not for easing a curfew or a state of
    # emergency (0813, 0814): the 2021 table moved them to RETREAT (its note of 21.09.17), the gold codes
    # them with the rest of 081 (ease administrative sanctions) as CONCEDE.
    for code in ("0813", "0814"):
        types[code] = "CONCEDE"
    # Destroying property (1712: "bulldozers demolished homes") likewise: ASSAULT in the 2021 table, COERCE in
    # the gold, with the rest of 171 (seize or damage property).
    types["1712"] = "COERCE"

    out = sys.stdout
    out.write("claimtrace-verbs 1\n")
    out.write("# Generated by train/build_verb_lexicon.py from PETRARCH2 CAMEO.2.0.txt (MIT, Open Event Data Alliance)\n")
    out.write("# and CAMEO2PLOVER-2021.txt; do not edit by hand (docs/events.md).\n")
    out.write("# The verb forms and patterns come from CAMEO.2.0.txt, under this licence:\n")
    out.write("# Copyright (c) 2015 Open Event Data Alliance. The MIT License (MIT).\n")
    out.write("# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and\n")
    out.write("# associated documentation files (the \"Software\"), to deal in the Software without restriction, including\n")
    out.write("# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n")
    out.write("# copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the\n")
    out.write("# following conditions: The above copyright notice and this permission notice shall be included in all\n")
    out.write("# copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY\n")
    out.write("# KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A\n")
    out.write("# PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY\n")
    out.write("# CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT\n")
    out.write("# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n")
    out.write("# V form verb code | P verb code pre post (slots: alternatives joined by |, phrase words by _) |\n")
    out.write("# N event-noun code (ours: \"the capture of X\") | T cameo-code plover-type\n")
    seen = set()
    for f, b, c in verbs:
        key = (f, b, c)
        if key in seen:
            continue
        seen.add(key)
        out.write(f"V\t{f}\t{b}\t{c}\n")
    seen = set()
    for b, c, pre, post in OWN_PATTERNS + patterns:  # ours first: a tie of slot counts goes to them
        key = (b, c, pre, post)
        if key in seen:
            continue
        seen.add(key)
        out.write(f"P\t{b}\t{c}\t{pre}\t{post}\n")
    for n, c in OWN_NOUNS:
        out.write(f"N\t{n}\t{c}\n")
    for code in sorted(types):
        out.write(f"T\t{code}\t{types[code]}\n")


if __name__ == "__main__":
    main()
