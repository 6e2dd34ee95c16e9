"""The HTTP API and the dashboard, served by one FastAPI application."""

from .app import create_app

__all__ = ["create_app"]
