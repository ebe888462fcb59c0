"""Credential plugins, grouped by issuer; one module per credential."""
