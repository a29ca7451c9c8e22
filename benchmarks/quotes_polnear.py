"""Quotations on PolNeAR (dev split): dateline against textacy's direct_quotations, clean and degraded.

Usage (from the repo root)::

    nice -n 10 .venv/bin/python benchmarks/quotes_polnear.py [--split dev] [--limit N] [--no-baseline]

Data: ``../shared/data/polnear/<split>/{text,attributions}`` (BRAT standoff; E lines tie the Source,
Cue and Content T spans of one attribution). Choices, so that the figures can be reproduced:

* **One annotation per text.** Some texts have several annotators' ``.ann``; the first by file name
  (the annotator suffix sorts) is used, so every text is scored once.
* **Words.** Texts are compared as ``[A-Za-z0-9]+`` tokens; a span holds the tokens it overlaps.
  Discontinuous gold spans (``a b;c d``) are the union of their parts.
* **Predicted content** is a quote's ``parts``: a split quote (``"A," he said. "B."``) without its
  cue words, as PolNeAR marks it.
* **Content-token F1.** Over every token of the split: in any predicted quote vs in any gold content.
* **Attribution P/R/F1.** A prediction matches a gold attribution when the tokens they share are at
  least half of each (so one long span cannot match many); one-to-one, largest overlap first.
* **Speaker accuracy** on matched pairs whose gold has a Source: the gold Source's last word (its
  head or surname: "Mr. Trump" -> trump, "the campaign" -> campaign) equals the last word of the
  predicted canonical speaker or of the predicted speaker mention, or the predicted last word is in
  the gold Source. The mention counts because PolNeAR marks the literal subject ("he", "who").
* **Direct quotes.** Gold attributions whose Content contains, or is enclosed by, a quotation mark;
  predictions of ``kind == "direct"``. ``gold-direct recall (any kind)`` also lets indirect
  predictions match them, which is what a reader of degraded text gets.
* **Degraded.** The seed rule: lowercase, every character outside ``[a-z0-9]`` becomes one space
  (length preserving, so gold offsets stay valid). ``dateline.analyze_many`` maps its offsets back
  to that input; textacy runs on the same degraded text.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.restore.labels import degrade

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "polnear"
QUOTE_MARKS = set('"“”«»')
# The New York Times texts write quotation marks as two apostrophes (''...''); --strict-marks drops them.
TWO_APOSTROPHES = True
WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass
class Attribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    direct: bool
    cue: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Pred:
    spans: list[tuple[int, int]]
    speaker: str | None
    mention: str | None
    direct: bool
    verb: str | None = None


@dataclass
class Article:
    name: str
    text: str
    gold: list[Attribution]
    pred: dict[str, list[Pred]] = field(default_factory=dict)


def parse_ann(path: Path, text: str) -> list[Attribution]:
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        m = re.match(r"(T\d+)\t\S+ ([\d ;]+)\t", line)
        if m:
            spans[m.group(1)] = [(int(a), int(b)) for a, b in (p.split() for p in m.group(2).split(";"))]
            continue
        m = re.match(r"E\d+\t(.*)", line)
        if m:
            events.append(dict(a.split(":", 1) for a in m.group(1).split()))
    out: list[Attribution] = []
    for ev in events:
        content = spans.get(ev.get("Content", ""), [])
        if not content:
            continue
        source, cue = spans.get(ev.get("Source", ""), []), spans.get(ev.get("Cue", ""), [])
        out.append(Attribution(content, source, is_direct(text, content), cue))
    return out


def has_mark(text: str) -> bool:
    return any(c in QUOTE_MARKS for c in text) or (TWO_APOSTROPHES and "''" in text)


def is_direct(text: str, content: list[tuple[int, int]]) -> bool:
    """Content containing a quotation mark, or enclosed by one (a mark just outside either end)."""
    for s, e in content:
        if has_mark(text[s:e]):
            return True
    s, e = content[0][0], content[-1][1]
    return has_mark(text[max(0, s - 2) : s]) and has_mark(text[e : e + 2])


def load(split: str, limit: int | None, every: int = 1) -> list[Article]:
    base = DATA / split
    anns: dict[str, Path] = {}
    for p in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], p)  # first annotator by file name
    out: list[Article] = []
    for name in sorted(anns)[::every]:
        text = (base / "text" / f"{name}.txt").read_text("utf-8")
        out.append(Article(name, text, parse_ann(anns[name], text)))
        if limit and len(out) >= limit:
            break
    return out


def token_index(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def tokens(index: list[tuple[int, int]], spans: Iterable[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(i for i, (a, b) in enumerate(index) if a < e and s < b)
    return out


def last_word(text: str | None) -> str | None:
    ws = WORD.findall(text.lower()) if text else []
    return ws[-1] if ws else None


def speaker_ok(gold_source: str, pred: Pred) -> bool:
    gold_words = set(WORD.findall(gold_source.lower()))
    g_last = last_word(gold_source)
    for cand in (pred.speaker, pred.mention):
        c_last = last_word(cand)
        if c_last is not None and (c_last == g_last or c_last in gold_words):
            return True
    return False


@dataclass
class Score:
    tp_tok: int = 0
    fp_tok: int = 0
    fn_tok: int = 0
    n_pred: int = 0
    n_gold: int = 0
    matched: int = 0
    spk_n: int = 0
    spk_ok: int = 0
    any_recall: int = 0

    def add(self, art: Article, preds: list[Pred], gold: list[Attribution], preds_any: list[Pred]) -> None:
        index = token_index(art.text)
        g_toks = [tokens(index, g.content) for g in gold]
        p_toks = [tokens(index, p.spans) for p in preds]
        all_g = set().union(*g_toks) if g_toks else set()
        all_p = set().union(*p_toks) if p_toks else set()
        self.tp_tok += len(all_g & all_p)
        self.fp_tok += len(all_p - all_g)
        self.fn_tok += len(all_g - all_p)
        self.n_pred += len(preds)
        self.n_gold += len(gold)
        for gi, pi in match(g_toks, p_toks):
            self.matched += 1
            src = " ".join(art.text[s:e] for s, e in gold[gi].source)
            if src.strip():
                self.spk_n += 1
                self.spk_ok += speaker_ok(src, preds[pi])
        self.any_recall += len(match(g_toks, [tokens(index, p.spans) for p in preds_any]))

    def row(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        tp = self.tp_tok
        tok_p = tp / (tp + self.fp_tok) if tp + self.fp_tok else 0.0
        tok_r = tp / (tp + self.fn_tok) if tp + self.fn_tok else 0.0
        p = self.matched / self.n_pred if self.n_pred else 0.0
        r = self.matched / self.n_gold if self.n_gold else 0.0
        return {
            "tokF1": f1(tok_p, tok_r),
            "P": p,
            "R": r,
            "F1": f1(p, r),
            "spk": self.spk_ok / self.spk_n if self.spk_n else 0.0,
            "anyR": self.any_recall / self.n_gold if self.n_gold else 0.0,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
        }


def match(g_toks: list[set[int]], p_toks: list[set[int]]) -> list[tuple[int, int]]:
    """One-to-one pairs sharing at least half of each side's tokens, largest overlap first."""
    cands: list[tuple[int, int, int]] = []
    for gi, g in enumerate(g_toks):
        for pi, p in enumerate(p_toks):
            shared = len(g & p)
            if shared and shared * 2 >= len(g) and shared * 2 >= len(p):
                cands.append((shared, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in sorted(cands, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def run_dateline(arts: list[Article], texts: list[str], fast_restore: bool = False) -> Iterator[list[Pred]]:
    from dateline import Config, analyze_many
    from dateline.errors import DatelineError

    items = ({"id": a.name, "text": t} for a, t in zip(arts, texts, strict=True))
    for art, rec in zip(arts, analyze_many(items, Config(fast_restore=fast_restore)), strict=True):
        if isinstance(rec, DatelineError):
            print(f"  dateline failed on {art.name}: {rec}", file=sys.stderr)
            yield []
            continue
        yield [
            Pred(
                [(p.start, p.end) for p in q.parts] or [(q.start, q.end)],
                q.speaker,
                rec.text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None,
                q.kind == "direct",
                q.verb,
            )
            for q in rec.quotes
        ]


def run_textacy(texts: list[str], per_paragraph: bool) -> Iterator[list[Pred]] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        print("textacy is not installed: baseline skipped (pip install textacy==0.13.0)")
        return None
    from dateline import nlp as nlp_mod

    nlp = nlp_mod.load()

    def one(text: str) -> list[Pred]:
        chunks = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)] if per_paragraph else [(0, text)]
        out: list[Pred] = []
        for offset, chunk in chunks:
            doc = nlp(chunk)
            try:
                triples = list(direct_quotations(doc))
            except Exception:  # textacy gives up on quotation marks it cannot pair
                continue
            for t in triples:
                speaker = " ".join(tok.text for tok in t.speaker) or None
                c = t.content
                out.append(Pred([(offset + c.start_char, offset + c.end_char)], speaker, speaker, True))
        return out

    return (one(t) for t in texts)


def report(title: str, arts: list[Article], key: str) -> None:
    all_s, dir_s = Score(), Score()
    for a in arts:
        preds = a.pred.get(key, [])
        all_s.add(a, preds, a.gold, preds)
        dir_s.add(a, [p for p in preds if p.direct], [g for g in a.gold if g.direct], preds)
    for name, s in (("all", all_s), ("direct", dir_s)):
        r = s.row()
        print(
            f"{title:<28} {name:<7} tokF1 {r['tokF1']:.3f}  P {r['P']:.3f}  R {r['R']:.3f}  F1 {r['F1']:.3f}"
            f"  speaker {r['spk']:.3f}  gold-direct recall (any kind) {r['anyR']:.3f}"
            f"  gold {r['n_gold']}  pred {r['n_pred']}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--limit", type=int, default=None, help="first N articles only (development)")
    ap.add_argument("--every", type=int, default=1, help="every Nth article only (a spread-out sample)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--clean-only", action="store_true", help="skip the degraded run (development)")
    ap.add_argument("--strict-marks", action="store_true", help="direct gold: \" “ ” « » only, not NYT's ''")
    ap.add_argument("--per-paragraph", action="store_true", help="also run textacy paragraph by paragraph")
    ap.add_argument("--fast-restore", action="store_true", help="also run degraded text with the fast restorer")
    args = ap.parse_args(argv)
    global TWO_APOSTROPHES
    TWO_APOSTROPHES = not args.strict_marks
    if not DATA.is_dir():
        print(f"PolNeAR not found at {DATA}")
        return 1
    arts = load(args.split, args.limit, args.every)
    print(f"PolNeAR {args.split}: {len(arts)} articles, {sum(len(a.gold) for a in arts)} gold attributions, "
          f"{sum(g.direct for a in arts for g in a.gold)} direct")  # fmt: skip
    variants = {"clean": [a.text for a in arts], "degraded": [degrade(a.text, keep_offsets=True) for a in arts]}
    if args.clean_only:
        del variants["degraded"]
    for cond, texts in variants.items():
        t0 = time.time()
        for a, preds in zip(arts, run_dateline(arts, texts), strict=True):
            a.pred[f"dateline/{cond}"] = preds
        print(f"dateline {cond}: {time.time() - t0:.0f}s", file=sys.stderr)
        if args.fast_restore and cond == "degraded":
            for a, preds in zip(arts, run_dateline(arts, texts, fast_restore=True), strict=True):
                a.pred["dateline/fast-restore/degraded"] = preds
        if not args.no_baseline:
            modes = [False, True] if args.per_paragraph else [False]
            for per_par in modes:
                runs = run_textacy(texts, per_par)
                if runs is None:
                    break
                key = f"textacy{'/paragraphs' if per_par else ''}/{cond}"
                for a, preds in zip(arts, runs, strict=True):
                    a.pred[key] = preds
    keys = sorted({k for a in arts for k in a.pred}, key=lambda k: (k.split("/")[-1] != "clean", k))
    for key in keys:
        report(key, arts, key)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
