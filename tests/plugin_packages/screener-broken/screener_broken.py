"""Raises on import, as a plugin with a missing dependency would."""

raise ImportError("No module named 'some_missing_dependency'")
