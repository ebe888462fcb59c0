"""The built-in plugins of screener, installed as ``screener_plugins``.

Each module is an ordinary plugin registered through the ``screener``
entry-point group, exactly as a third-party plugin is, and uses only the
public API (``from screener import ...``). Read them as examples.
"""
