"""Printed documents (ReportLab): the bundled fonts, the Arabic text layer, the builders.

Nothing here imports Qt: documents are built off the UI thread and from the command line.
"""
