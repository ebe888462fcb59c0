"""Skill plugins: coding systems (``coding/``), software (``software/``) and HIM skills (``him``)."""
