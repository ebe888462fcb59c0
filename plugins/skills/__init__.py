"""Skill plugins: coding systems, software and other skills."""
