"""SQLAlchemy models, engine and session set-up, and Alembic migrations."""
