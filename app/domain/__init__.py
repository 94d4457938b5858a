"""Entities, enums and rules of the Awrach programme, in plain Python (standard library only)."""
