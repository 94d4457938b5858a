"""The Qt binding must keep Python's reference counts: PySide6 6.12.0 on Python 3.11 lost
a reference to None at each call of a void method and to True at each emit, and a long
meeting session would end in "Fatal Python error: none_dealloc"."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    happened = Signal(bool)


def test_void_calls_and_emits_leave_the_counts_of_none_and_true_alone(ui_app):
    label, emitter = QLabel(), _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("ورش")
        emitter.happened.emit(True)
    lost_none = none_before - sys.getrefcount(None)
    lost_true = true_before - sys.getrefcount(True)
    assert lost_none < 100 and lost_true < 100, (lost_none, lost_true)
