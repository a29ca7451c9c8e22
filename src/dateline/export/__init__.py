"""Exporters: JSONL, Parquet, GKG 2.1, GDELT 2.0 Events."""
