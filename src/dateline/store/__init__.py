"""The embedded SQLite store and its queries."""
