"""dateline: news articles in, structured records out (GDELT GKG and Events, computed locally)."""

from dateline.build import VERSION as __version__
from dateline.pipeline import Config, analyze, analyze_many
from dateline.record import Record

__all__ = ["Config", "Record", "__version__", "analyze", "analyze_many"]
