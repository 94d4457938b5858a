"""The Qt Widgets front end. Imports app.services, app.domain and app.errors, never storage."""
