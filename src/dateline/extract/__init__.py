"""Extractors: one module per kind of fact, each ``extract(ctx) -> list[Fact]`` (tone returns one Tone)."""
