"""Plugins that find requirements a vocabulary cannot: education, experience."""
