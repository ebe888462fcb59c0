"""The plugin host: finding and registering plugins, calling hooks through pluggy, one fault policy.

Imports only :mod:`screener.core`.
"""
