"""Offline geography: the gazetteer behind place extraction (GeoNames data, CC BY 4.0)."""
