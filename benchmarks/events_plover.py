"""Event coding on the PLOVER gold-standard records (CAMEO manual sentences), clean and degraded.

Reports PLOVER event-type accuracy, source and target accuracy and full-triple accuracy, for
dateline's coder and for a baseline run in the same process (most frequent dev category, first
dictionary actor as source, second as target).

Split (there is no official one): the 322 coded records in file order (the DOCUMENT header
skipped), even index = dev (the tables were built and tuned on it), odd index = held-out test.
Degraded text follows the seed's rule: lowercase, every character outside [a-z0-9] -> space; it
goes through ``dateline.analyze_many`` so that restoration applies.

Scoring rules (docs/events.md):
* one prediction per sentence: the first event dateline emits for it (none = wrong on all three);
* event type: the CAMEO code is mapped to the PLOVER 0.5b1 categories the gold uses (CROSSWALK:
  CAMEO root by root; 081-083 CONCEDE, 084-087 RETREAT; 19 FIGHT; 18 and 20 ASSAULT);
* an actor matches a gold actor when the country agrees (gold legacy codes JAP/ITL/VTN read as
  JPN/ITA/VNM; IGO/NGO/IMG gold codes need the same three-letter prefix) and the sector agrees:
  a gold sector (first three letters; "***" = any) must equal ours, a gold actor without a sector
  (a state as a whole) accepts our no-sector or GOV;
* source: actor1 matches one of the gold sources (no gold source: actor1 must be empty);
  target: actor2 matches one of the gold targets; with no gold target, an empty actor2 or one that
  matches a gold source (CAMEO's reciprocal SRC/TAR) is right.
* location (only the records whose gold gives an ``eventLoc``, 22 dev and 26 test): the event's
  ``location`` is right when its name or its text, as whole words, holds the gold name or is held
  in it (gold ``town of Rafah`` and ours ``Rafah``), ignoring case; ``wrong`` counts the records
  where it names another place. Baseline: the first place the record found in the sentence.

    nice -n 10 python benchmarks/events_plover.py [--split dev|test|all] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

import dateline
from dateline.events import actors as actors_mod
from dateline.record import Actor, Location, Record
from dateline.restore.labels import degrade

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt"
LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU"}
TRANSNATIONAL = {"IGO", "NGO", "IMG"}


def crosswalk(code: str | None) -> str | None:
    """CAMEO code -> PLOVER 0.5b1 category (the 2016 draft the gold file is coded in)."""
    if not code:
        return None
    root = code[:2]
    if root == "08":
        return "CONCEDE" if code[:3] in ("080", "081", "082", "083") else "RETREAT"
    return {
        "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
        "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE", "12": "REJECT", "13": "THREATEN",
        "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
        "19": "FIGHT", "20": "ASSAULT",
    }.get(root)  # fmt: skip


def load() -> list[dict[str, Any]]:
    return [r for r in json.loads(GOLD.read_text("utf-8")) if r.get("event") != "DOCUMENT"]


def _actors(value: Any) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def actor_matches(pred: Actor | None, gold: dict[str, Any]) -> bool:
    if pred is None or not pred.code:
        return False
    g_code = LEGACY.get(gold.get("code") or "", gold.get("code") or "")
    if g_code in TRANSNATIONAL:
        return pred.code.startswith(g_code)
    if pred.country_code != g_code:
        return False
    g_sec = (gold.get("sector") or "")[:3]
    if g_sec == "***":
        return True
    if not g_sec:
        return pred.sector in (None, "GOV")
    return pred.sector == g_sec


def score_one(rec: dict[str, Any], event: str | None, a1: Actor | None, a2: Actor | None) -> tuple[bool, bool, bool]:
    sources, targets = _actors(rec.get("source")), _actors(rec.get("target"))
    ev_ok = event == rec["event"]
    src_ok = any(actor_matches(a1, g) for g in sources) if sources else a1 is None
    if targets:
        tgt_ok = any(actor_matches(a2, g) for g in targets)
    else:
        tgt_ok = a2 is None or any(actor_matches(a2, g) for g in sources)
    return ev_ok, src_ok, tgt_ok


def location_ok(gold: str, loc: Location) -> bool:
    g = gold.lower().strip()
    for ours in {loc.name.lower(), loc.text.lower()}:
        if re.search(rf"\b{re.escape(g)}\b", ours) or re.search(rf"\b{re.escape(ours)}\b", g):
            return True
    return False


Prediction = tuple[str | None, Actor | None, Actor | None, Location | None]


def dateline_predict(records: list[Record]) -> list[Prediction]:
    out: list[Prediction] = []
    for r in records:
        if not r.events:
            out.append((None, None, None, None))
            continue
        e = r.events[0]
        out.append((crosswalk(e.code), e.actor1, e.actor2, e.location))
    return out


def baseline_predict(records: list[Record], majority: str) -> list[Prediction]:
    out: list[Prediction] = []
    for r in records:
        text = r.restored or r.text
        ms = [m.actor(text) for m in actors_mod.find_mentions(text, 0, len(text))]
        first_place = r.locations[0] if r.locations else None
        out.append((majority, ms[0] if ms else None, ms[1] if len(ms) > 1 else None, first_place))
    return out


def report(name: str, gold: list[dict[str, Any]], preds: list[Prediction]) -> dict[str, float]:
    n = len(gold)
    counts = Counter[str]()
    for rec, (ev, a1, a2, loc) in zip(gold, preds, strict=True):
        e, s, t = score_one(rec, ev, a1, a2)
        counts["event"] += e
        counts["source"] += s
        counts["target"] += t
        counts["triple"] += e and s and t
        counts["coded"] += ev is not None
        where = (rec.get("eventLoc") or {}).get("name") if isinstance(rec.get("eventLoc"), dict) else None
        if where:
            counts["located"] += 1
            counts["loc_right"] += loc is not None and location_ok(where, loc)
            counts["loc_wrong"] += loc is not None and not location_ok(where, loc)
    res = {k: 100.0 * counts[k] / n for k in ("event", "source", "target", "triple", "coded")}
    res.update({k: float(counts[k]) for k in ("located", "loc_right", "loc_wrong")})
    print(
        f"  {name:<26} n={n:<4} event {res['event']:5.1f}  source {res['source']:5.1f}  "
        f"target {res['target']:5.1f}  triple {res['triple']:5.1f}  (coded {res['coded']:5.1f})  "
        f"location {counts['loc_right']}/{counts['located']} right, {counts['loc_wrong']} wrong"
    )
    return res


def analyze(texts: list[str], fast_restore: bool = False) -> list[Record]:
    """Records in order; a document the pipeline fails on is scored as coded with nothing (and reported)."""
    out: list[Record] = []
    docs = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    for i, r in enumerate(dateline.analyze_many(docs, dateline.Config(batch_size=32, fast_restore=fast_restore))):
        if not isinstance(r, Record):
            print(f"  pipeline error on item {i} (scored as no event): {r}")
            r = Record(id=str(i), text=texts[i])
        out.append(r)
    return out


def show_errors(gold: list[dict[str, Any]], preds: list[Prediction], limit: int) -> None:
    shown = 0
    for rec, (ev, a1, a2, _) in zip(gold, preds, strict=True):
        e, s, t = score_one(rec, ev, a1, a2)
        if e and s and t:
            continue
        shown += 1
        if shown > limit:
            return
        flags = ("E" if e else "e") + ("S" if s else "s") + ("T" if t else "t")
        gold_pair = f"{_fmt(rec.get('source'))} -> {_fmt(rec.get('target'))}"
        ours = f"{ev} {a1 and a1.code} -> {a2 and a2.code}"
        print(f"  [{flags}] gold {rec['event']} {gold_pair} | ours {ours} :: {rec['text'][:110]}")


def _fmt(value: Any) -> str:
    return "|".join(f"{a.get('code')}{a.get('sector') or ''}" for a in _actors(value))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all")
    ap.add_argument("--errors", type=int, default=0, help="print up to N dev errors (clean)")
    ap.add_argument("--errors-degraded", action="store_true", help="with --errors, print the degraded dev errors too")
    ap.add_argument("--fast-restore", action="store_true", help="also score degraded text with the fast restorer")
    args = ap.parse_args()
    if not GOLD.exists():
        raise SystemExit(f"gold file not found: {GOLD}")
    records = load()
    splits = {
        "dev": [r for i, r in enumerate(records) if i % 2 == 0],
        "test": [r for i, r in enumerate(records) if i % 2 == 1],
    }
    names = ["dev", "test"] if args.split == "all" else [args.split]
    majority = Counter(r["event"] for r in splits["dev"]).most_common(1)[0][0]
    for name in names:
        gold = splits[name]
        degraded = [degrade(r["text"], keep_offsets=True) for r in gold]
        variants = [("clean", [r["text"] for r in gold]), ("degraded", degraded)]
        if args.fast_restore:
            variants.append(("degraded, fast restorer", degraded))
        for variant, texts in variants:
            t0 = time.perf_counter()
            recs = analyze(texts, fast_restore=variant.endswith("fast restorer"))
            print(f"{name} / {variant} ({time.perf_counter() - t0:.1f}s)")
            preds = dateline_predict(recs)
            report("dateline", gold, preds)
            report(f"baseline ({majority}, 1st/2nd actor)", gold, baseline_predict(recs, majority))
            if args.errors and name == "dev" and variant == "clean" or args.errors_degraded and name == "dev":
                show_errors(gold, preds, args.errors)


if __name__ == "__main__":
    main()
