"""The contract: models, errors, context-rule types, hook specifications, and what every layer shares.

Imports nothing from the other layers of screener.
"""
