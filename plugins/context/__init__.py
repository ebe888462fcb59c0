"""Built-in context rules (see ``screener.core.rules``)."""
