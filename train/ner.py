"""Recipe for dateline's shipped NER (src/dateline/models/ner): CoNLL-2003, clean and degraded.

Why both forms: the input may arrive lowercased with punctuation turned into spaces, and a model
that has only seen cased text loses a third of its F1 there. Every training chunk (up to
``CHUNK`` consecutive sentences of one CoNLL document) is given twice: as written, and degraded
with the seed's rule (benchmarks/ner_conll.py: ``degrade``). The degraded chunk has no sentence
punctuation left, like a degraded article.

Data: CoNLL-2003 train for training; valid (clean + degraded, sentence by sentence) only for
choosing the best checkpoint (spaCy's model-best) and for the benchmark. Test is never read.

    nice -n 15 python train/ner.py --minutes 40 --vectors build/vectors/model  # builds DocBins, trains, ships
    python benchmarks/ner_conll.py                      # scores it against en_core_web_sm

Labels are CoNLL's PER/ORG/LOC/MISC; dateline.models.ner maps them to OntoNotes types.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from ner_conll import CONLL, Sentence, degrade, read_conll  # noqa: E402

CONFIG = ROOT / "train" / "ner.cfg"
WORK = ROOT / "build" / "ner"
TARGET = ROOT / "src" / "dateline" / "models" / "ner"
CHUNK = 4


def chunks(doc: list[Sentence], size: int) -> list[Sentence]:
    """Consecutive sentences joined, so the model also sees sentence boundaries without punctuation."""
    out = []
    for i in range(0, len(doc), size):
        words: list[str] = []
        tags: list[str] = []
        for w, t in doc[i : i + size]:
            words += w
            tags += t
        out.append((words, tags))
    return out


def docbin(sents: list[Sentence], path: Path) -> int:
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("en").vocab
    db = DocBin(store_user_data=False)
    for words, tags in sents:
        if words:
            db.add(Doc(vocab, words=words, ents=tags))
    db.to_disk(path)
    return len(db)


def build_corpora() -> tuple[Path, Path]:
    WORK.mkdir(parents=True, exist_ok=True)
    train: list[Sentence] = []
    for doc in read_conll(CONLL / "train.txt"):
        for words, tags in chunks(doc, CHUNK):
            train.append((words, tags))
            train.append(degrade(words, tags))
    dev: list[Sentence] = []
    for doc in read_conll(CONLL / "valid.txt"):
        for words, tags in doc:
            dev.append((words, tags))
            dev.append(degrade(words, tags))
    n_train = docbin(train, WORK / "train.spacy")
    n_dev = docbin(dev, WORK / "dev.spacy")
    print(f"train: {n_train} docs, dev: {n_dev} docs -> {WORK}")
    return WORK / "train.spacy", WORK / "dev.spacy"


def train(minutes: float, vectors: Path | None = None) -> Path:
    train_path, dev_path = build_corpora()
    out = WORK / "model"
    cmd = [
        sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(out),
        "--paths.train", str(train_path), "--paths.dev", str(dev_path),
    ]  # fmt: skip
    if vectors is not None:  # train/vectors.py: floret rows read as a fifth embedding
        cmd += ["--paths.vectors", str(vectors), "--components.ner.model.tok2vec.embed.include_static_vectors", "true"]
    try:  # the wall-clock cap: model-best is written at every improving evaluation
        subprocess.run(cmd, check=True, timeout=minutes * 60)
    except subprocess.TimeoutExpired:
        print(f"stopped after {minutes} minutes; keeping model-best")
    return out / "model-best"


def ship(best: Path) -> None:
    """Copy model-best into the package, replacing only the model's own parts (the module and
    lowercase_words.txt stay)."""
    for child in best.iterdir():
        dst = TARGET / child.name
        if dst.is_dir():
            shutil.rmtree(dst)
        shutil.copytree(child, dst) if child.is_dir() else shutil.copy2(child, dst)
    tidy(TARGET)
    print(f"shipped {best} -> {TARGET}")


def tidy(model: Path) -> None:
    """No local paths in the shipped config, no CoNLL word list, a name and version in its meta.

    The model reads hashed features, so the vocabulary's strings (every CoNLL token, which may not be
    redistributed) are not needed: only the label strings are kept (scores checked identical)."""
    labels = [f"{p}-{t}" for p in "BILU" for t in ("LOC", "MISC", "ORG", "PER")] + ["LOC", "MISC", "ORG", "PER", "O"]
    (model / "vocab" / "strings.json").write_text(json.dumps(labels), "utf-8")
    cfg = model / "config.cfg"
    cfg.write_text(re.sub(r'^(train|dev) = ".*"$', r"\1 = null", cfg.read_text("utf-8"), flags=re.M), "utf-8")
    meta_path = model / "meta.json"
    meta = json.loads(meta_path.read_text("utf-8"))
    meta.update(name="dateline_ner", version="1.0.0", description="CoNLL-2003 NER, clean + degraded (train/ner.py)")
    meta_path.write_text(json.dumps(meta, indent=2) + "\n", "utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=30.0, help="wall-clock cap on training")
    ap.add_argument("--no-ship", action="store_true", help="train only, do not copy into the package")
    ap.add_argument("--vectors", type=Path, default=None, help="a spaCy vectors folder (train/vectors.py)")
    args = ap.parse_args()
    best = train(args.minutes, args.vectors)
    if not args.no_ship:
        ship(best)


if __name__ == "__main__":
    main()
