"""The knowledge base (credentials, skills, issuers) and the context rules, collected from the plugins."""
