"""Built-in context rules (see ``screener.rules``)."""
