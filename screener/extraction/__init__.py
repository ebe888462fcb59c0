"""From text to requirements: the spaCy pipeline, the tokenizer, the context rules applied, the vocabulary read."""
