"""dateline: news articles in, structured records out (GDELT GKG and Events, computed locally)."""

from dateline.pipeline import Config, analyze, analyze_many
from dateline.record import Record

__all__ = ["Config", "Record", "analyze", "analyze_many"]
__version__ = "0.1.0"
