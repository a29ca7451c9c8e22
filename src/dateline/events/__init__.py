"""Political event coding: actors, CAMEO codes, Goldstein scale, PLOVER categories."""
