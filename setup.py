"""Packaging hook: the wheel carries resources/ and i18n/ inside the `app` package.

They stay at the top of the checkout, where source runs and the PyInstaller build find
them; an installed wheel has no checkout around it, so app/paths.py also looks inside the
package, where this puts them. Everything else is in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = (("resources", "**/*"), ("i18n", "*.qm"))


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install finds them beside the sources
        for folder, pattern in SHIPPED:
            for source in sorted(Path(folder).glob(pattern)):
                if source.is_file():
                    target = Path(self.build_lib) / "app" / source
                    self.mkpath(str(target.parent))
                    self.copy_file(str(source), str(target))


setup(cmdclass={"build_py": BuildPyWithResources})
