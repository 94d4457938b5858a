"""Reading and writing files: shipped reference data, spreadsheets, data packages."""
