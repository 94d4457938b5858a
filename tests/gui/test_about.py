from ui.dialogs.about_dialog import AboutDialog


def test_the_about_dialog_credits_the_territory_data(qtbot, ui_app):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    text = dialog.findChild(QLabel, "attribution").text()
    assert "HCP" in text and "CC BY 4.0" in text and "OpenStreetMap" in text
