"""The learned restorer, run with onnxruntime (no PyTorch here): a word-level BiLSTM or MiniLM.

For every degraded word it predicts a case class and the gap string after it (see labels.py);
train/restore.py trains it on the allsides corpus and exports ``restore.onnx``.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from dateline.restore import labels
from dateline.restore.lexicon import MODEL_DIR, case_lexicon, vocab

FEATURES = ("wid", "suf", "pre", "shape", "lex")
# onnxruntime threads per restorer session. The restorer runs while spaCy waits, so one process
# gains from every core (2 threads restore 1.5-1.7x faster than 1 on two cores); batch.py gives
# each of N worker processes its share instead (set_threads), so workers do not oversubscribe.
_threads = max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def set_threads(n: int) -> None:
    """Threads for restorer sessions made from now on (a worker process calls it before any)."""
    global _threads
    _threads = max(1, n)
    shared_model.cache_clear()


class Featurizer:
    """Degraded words -> the model's integer features (cached per word type: it is the hot path)."""

    def __init__(self, vocab: dict[str, int], lexicon: dict[str, str]) -> None:
        self.vocab = vocab
        self.lexicon = lexicon
        self._cache: dict[str, tuple[int, int, int, int, int]] = {}

    def word(self, w: str) -> tuple[int, int, int, int, int]:
        f = self._cache.get(w)
        if f is None:
            f = (
                self.vocab.get(w, 1),
                labels.hash_id(w[-3:], labels.N_SUFFIX),
                labels.hash_id(w[:3], labels.N_PREFIX),
                labels.shape_id(w),
                labels.lex_id(self.lexicon.get(w)),
            )
            if len(self._cache) < 500_000:
                self._cache[w] = f
        return f

    def __call__(self, words: list[str]) -> np.ndarray:
        """Shape (5, n) int64: one row per feature in FEATURES order."""
        if not words:
            return np.zeros((5, 0), dtype=np.int64)
        return np.array([self.word(w) for w in words], dtype=np.int64).T


class RestoreModel:
    """An ONNX restorer plus its label set; ``predict`` gives case and gap classes per word.

    Subclasses say how words reach the network (``logits``); meta.json's ``arch`` says which one
    a model folder holds (``load_model``)."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        import onnxruntime as ort

        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        self.gaps: list[str] = meta["gaps"]
        self.window: int = int(meta.get("window", 400))
        # decoding biases tuned on the validation split (train/restore.py --tune): an undertrained
        # model is too shy of punctuation and capitals, a logit offset trades that back
        self.space_penalty = float(meta.get("space_penalty", 0.0))
        self.lower_penalty = float(meta.get("lower_penalty", 0.0))
        self.balance_quotes = bool(meta.get("balance_quotes", False))
        # paired decoding of quotation marks (``_paired_quotes``): the cost, in log-probability, of
        # a mark that does not alternate open/close; None keeps the per-gap argmax and its repairs
        penalty = meta.get("quote_penalty")
        self.quote_penalty: float | None = None if penalty is None else float(penalty)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = _threads
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(model_dir / "restore.onnx"), opts, providers=["CPUExecutionProvider"])

    def logits(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Case and gap logits, (n, 4) and (n, K)."""
        raise NotImplementedError

    def predict(self, words: list[str]) -> tuple[list[int], list[str]]:
        case, gap = self.logits(words)
        case[:, 0] -= self.lower_penalty
        gap[:, 0] -= self.space_penalty
        if self.quote_penalty is not None:
            best = self._paired_quotes(gap, self.quote_penalty)
        else:
            best = gap.argmax(1).tolist()
            self._one_opening_quote(gap, best)
            if self.balance_quotes:
                self._balance_quotes(gap, best)
        return case.argmax(1).tolist(), [self.gaps[i] for i in best]

    def _paired_quotes(self, gap: np.ndarray, penalty: float) -> list[int]:
        """The likeliest gap sequence (Viterbi, states outside / inside a quotation) in which a
        quotation mark that does not alternate (an opening one inside a quotation, a closing one
        outside, or the text ending inside) costs ``penalty``. The per-gap argmax pairs marks
        only by chance; a soft cost keeps the rare unclosed paragraph of a long quotation."""
        moves, costs = self._quote_moves()
        logp = gap - np.logaddexp.reduce(gap, axis=1, keepdims=True)
        n, k = logp.shape
        reach = [np.flatnonzero(moves == state) for state in (0, 1)]  # (prev_state * k + class) per state
        cost = penalty * costs
        score = np.array([0.0, -np.inf])  # start outside
        back = np.zeros((n, 2), dtype=np.int64)
        for i in range(n):
            cand = (score[:, None] + logp[i][None, :] - cost).ravel()  # [prev_state * k + class]
            for state in (0, 1):
                back[i, state] = reach[state][cand[reach[state]].argmax()]
            score = cand[back[i]]
        state = 0 if score[0] >= score[1] - penalty else 1
        best = [0] * n
        for i in range(n - 1, -1, -1):
            prev, best[i] = divmod(int(back[i, state]), k)
            state = prev
        return best

    def _quote_moves(self) -> tuple[np.ndarray, np.ndarray]:
        """Per state (0 outside, 1 inside) and gap class: the state after it, and 1 where the class
        breaks alternation (opening inside, closing outside; '." "' closes then opens)."""
        opens, closes, _ = self._quote_classes()
        k = len(self.gaps)
        moves = np.array([[0] * k, [1] * k])
        costs = np.zeros((2, k))
        for c in range(k):
            if c in opens and c in closes:
                moves[:, c], costs[0, c] = 1, 1
            elif c in opens:
                moves[:, c], costs[1, c] = 1, 1
            elif c in closes:
                moves[:, c], costs[0, c] = 0, 1
        return moves, costs

    def _balance_quotes(self, gap: np.ndarray, best: list[int]) -> None:
        """A closing quote with no opening one before it: open the quotation at the likeliest
        gap since the last quotation mark (at most 80 words back), in place."""
        opens, closes, with_open = self._quote_classes()
        is_open = False
        last_quote = -1
        for i, k in enumerate(best):
            if k in closes and not is_open:
                lo = max(last_quote + 1, i - 80)
                cands = [j for j in range(lo, i) if best[j] in with_open]
                if cands:
                    j = max(cands, key=lambda j: gap[j, with_open[best[j]]] - gap[j, best[j]])
                    best[j] = with_open[best[j]]
                is_open = False
            elif k in closes:
                is_open = False
            if k in opens:
                is_open = True
            if k in opens or k in closes:
                last_quote = i

    def _one_opening_quote(self, gap: np.ndarray, best: list[int]) -> None:
        """Two opening quotes with no closing one between ('“To say, “We have ...,”'): keep the
        likelier, in place. A quotation never opens inside another in news prose."""
        opens, closes, with_open = self._quote_classes()
        plain = {v: k for k, v in with_open.items()}
        open_at = -1
        for i, k in enumerate(best):
            if k in closes:
                open_at = -1
            if k not in opens:
                continue
            if open_at >= 0 and best[open_at] in plain and k in plain:
                first = gap[open_at, best[open_at]] - gap[open_at, plain[best[open_at]]]
                if gap[i, k] - gap[i, plain[k]] >= first:
                    best[open_at] = plain[best[open_at]]
                else:
                    best[i] = plain[k]
                    continue
            open_at = i

    def _quote_classes(self) -> tuple[set[int], set[int], dict[int, int]]:
        """Gap classes that open / close a quotation, and each quote-free class's opening variant."""
        index = {g: i for i, g in enumerate(self.gaps)}
        opens = {i for i, g in enumerate(self.gaps) if ' "' in g}
        closes = {i for i, g in enumerate(self.gaps) if g.startswith('"') or re.match(r'[^ "]+"', g)}
        with_open = {
            index[g]: index[g.rstrip(" ") + ' "']
            for g in self.gaps
            if '"' not in g and g.endswith(" ") and g.rstrip(" ") + ' "' in index
        }
        if " " in index and ' "' in index:
            with_open[index[" "]] = index[' "']
        return opens, closes, with_open


class LstmRestoreModel(RestoreModel):
    """The word-level BiLSTM over hashed word features (train/restore.py)."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        super().__init__(model_dir)
        self.featurize = Featurizer(vocab(), case_lexicon())

    def logits(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Long texts run in overlapping windows."""
        n = len(words)
        feats = self.featurize(words)
        case = np.zeros((n, 4), dtype=np.float32)
        gap = np.zeros((n, len(self.gaps)), dtype=np.float32)
        w, margin = self.window, 50
        start = 0
        while start < n:
            lo = max(0, start - margin)
            hi = min(n, start + w + margin)
            inputs: dict[str, Any] = {name: feats[i : i + 1, lo:hi] for i, name in enumerate(FEATURES)}
            c, g = self.session.run(None, inputs)
            keep_hi = min(n, start + w)
            case[start:keep_hi] = c[0, start - lo : keep_hi - lo]
            gap[start:keep_hi] = g[0, start - lo : keep_hi - lo]
            start = keep_hi
        return case, gap


def model_available(model_dir: Path = MODEL_DIR) -> bool:
    return (model_dir / "restore.onnx").exists() and (model_dir / "meta.json").exists()


def load_model(model_dir: Path = MODEL_DIR) -> RestoreModel:
    """The model class meta.json's ``arch`` names: "minilm" (encoder.py) or the BiLSTM (default)."""
    arch = json.loads((model_dir / "meta.json").read_text(encoding="utf-8")).get("arch", "bilstm")
    if arch == "minilm":
        from dateline.restore.encoder import EncoderRestoreModel

        return EncoderRestoreModel(model_dir)
    return LstmRestoreModel(model_dir)


@lru_cache(maxsize=1)
def shared_model() -> RestoreModel | None:
    """Loaded once per process; None when the model file is not shipped (fast mode then)."""
    return load_model() if model_available() else None
