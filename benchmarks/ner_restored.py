"""NER on degraded CoNLL-2003 valid documents as the pipeline runs it: after restoration.

Each valid document is degraded by the seed's rule (``ner_conll.degrade``), joined into one text
and restored (``dateline.restore.restore``), as ``dateline analyze`` does with a degraded article.
Two readers are scored on the same restored Doc, their spans mapped back to the degraded words:

* **restored text**: dateline's NER reads the restored tokens (the pipeline before this benchmark);
* **input words**: it reads the input's own words, lowercased (``ner.predict(..., words=...)``,
  what the pipeline does now), the form it was trained on;
* **+ entity rules**: those spans after ``entities.tidy`` (cut at restored stops, joined across
  hyphens, without lowercase words the restorer judged no name), as ``entities.extract`` keeps them;
* **+ canonical layer**: the entities ``entities.extract`` returns (``canonical.resolve`` after the
  rules: titles trimmed, types settled per cluster, repeats the tagger missed added), what a record
  holds.

en_core_web_sm on the restored text is the baseline, in the same run. The same documents in their
clean form (words joined by spaces, no restoration) give the last two rows: dateline's NER, and the
entities after the canonical layer, so the layer's cost is measured on both forms.

    python benchmarks/ner_restored.py [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_conll as nb  # noqa: E402
from dateline.restore import Alignment  # noqa: E402


class WordIndex:
    """Restored-text character spans to degraded-word index spans (the words joined by spaces)."""

    def __init__(self, words: list[str], align: Alignment) -> None:
        self.align = align
        self.first: dict[int, int] = {}
        self.last: dict[int, int] = {}
        pos = 0
        for i, w in enumerate(words):
            self.first[pos] = i
            self.last[pos + len(w)] = i
            pos += len(w) + 1

    def tokens(self, found: list[tuple[int, int, str]]) -> set[nb.Span]:
        out: set[nb.Span] = set()
        for s, e, label in found:
            a, b = self.align.to_src(s, e)
            conll = nb.ONTO_TO_CONLL.get(label)
            if conll and a in self.first and b in self.last:
                out.add((self.first[a], self.last[b] + 1, conll))
        return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="first N documents only")
    args = ap.parse_args(argv)
    path = nb.CONLL / "valid.txt"
    if not path.is_file():
        print(f"CoNLL-2003 not found at {path}")
        return
    from dateline import nlp as nlp_mod
    from dateline.extract import canonical, entities
    from dateline.models import ner
    from dateline.restore import restore

    docs = nb.read_conll(path)[: args.limit or None]
    sm = nlp_mod.load()
    gold: list[set[nb.Span]] = []
    names = ["en_core_web_sm", "restored text", "input words", "+ entity rules", "+ canonical layer"]
    names += ["clean: NER", "clean: + canonical layer"]
    clean_gold: list[set[nb.Span]] = []
    preds: dict[str, list[set[nb.Span]]] = {name: [] for name in names}
    t0 = time.time()
    for d in docs:
        sents = [s for s in (nb.degrade(w, t) for w, t in d) if s[0]]
        words = [w for s in sents for w in s[0]]
        gold.append(nb.spans(t for s in sents for t in s[1]))
        text, align = restore(" ".join(words))
        doc = sm(text)
        index = WordIndex(words, align)
        preds["en_core_web_sm"].append(index.tokens([(e.start_char, e.end_char, e.label_) for e in doc.ents]))
        preds["restored text"].append(index.tokens(ner.predict(doc)))
        read = ner.predict(doc, words=[(w[2], w[3]) for w in align.words])
        preds["input words"].append(index.tokens(read))
        kept = entities.tidy(read, doc, restored=True)
        preds["+ entity rules"].append(index.tokens(kept))
        found = canonical.resolve(doc, [k for k in kept if k[2] in entities.KEEP])
        preds["+ canonical layer"].append(index.tokens([(e.start, e.end, e.type) for e in found]))
        clean_words = [w for s_words, _ in d for w in s_words]
        clean_gold.append(nb.spans(t for _, s_tags in d for t in s_tags))
        clean_text = " ".join(clean_words)
        clean_doc = sm(clean_text)
        clean_index = WordIndex(clean_words, Alignment.identity(len(clean_text)))
        spans = entities.tidy(ner.predict(clean_doc), clean_doc, restored=False)
        preds["clean: NER"].append(clean_index.tokens(spans))
        found = canonical.resolve(clean_doc, [k for k in spans if k[2] in entities.KEEP])
        preds["clean: + canonical layer"].append(clean_index.tokens([(e.start, e.end, e.type) for e in found]))
    print(f"CoNLL-2003 valid, degraded then restored: {len(docs)} documents in {time.time() - t0:.0f}s")
    for name, pred in preds.items():
        r = nb.score(clean_gold if name.startswith("clean") else gold, pred)
        print(f"{name:<24} " + "  ".join(f"{k} {v[2]:.1f}" for k, v in r.items()))


if __name__ == "__main__":
    main()
