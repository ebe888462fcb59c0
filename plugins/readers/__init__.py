"""Reader plugins: turn a source into a Posting."""
