"""The screenshots in docs/ of the marketer's editor, drawn from the real window against
the sandbox's catalogue (names and pictures), saved in tests/artifacts/ on every run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from composer.brand.kit import BrandKit
from composer.sandbox.server import SandboxServer
from composer.templates import library
from tests.support.editor_window import DAISY, RACHEL, sandbox_window


def side_by_side(*pixmaps: QPixmap) -> QImage:
    shots = [p.toImage() for p in pixmaps]
    image = QImage(
        sum(s.width() for s in shots) + 16 * (len(shots) - 1),
        max(s.height() for s in shots),
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("#D0D3DA"))
    painter = QPainter(image)
    x = 0
    for shot in shots:
        painter.drawImage(x, 0, shot)
        x += shot.width() + 16
    painter.end()
    return image


def test_render_the_editor_screenshots(qtbot: QtBot, tmp_path: Path, artifacts_dir: Path) -> None:
    with SandboxServer() as sandbox:
        window = sandbox_window(qtbot, sandbox, tmp_path)
        gallery = window.templates.gallery()
        gallery.show()
        qtbot.waitExposed(gallery)
        gallery.grab().save(str(artifacts_dir / "screenshot-gallery.png"))
        gallery.close()

        feature = next(t for t in library.shipped() if t.category == "Product feature")
        window.templates.start(feature.new_project())
        window.validation.run_now()
        QApplication.processEvents()
        window.grab().save(str(artifacts_dir / "screenshot-template-opened.png"))

        window.templates.setup_bar.apply("avatar", DAISY)
        window.templates.setup_bar.apply("voice", RACHEL)
        character = window.doc.scenes[0].character
        qtbot.waitUntil(lambda: window.avatar_picture(character) is not None, timeout=10_000)
        window.validation.run_now()
        qtbot.wait(200)  # the picture's arrival reaches the panels
        field = window.inspector.findChild(QWidget, "field:character.avatar_id")
        thumb = field.findChild(QLabel, "catalogueThumb")
        assert thumb.pixmap().width() > 24  # the catalogue picture, not the generic icon
        window.inspector.show_panel("avatarPanel")
        avatar = window.inspector.grab()
        window.inspector.show_panel("voicePanel")
        QApplication.processEvents()
        voice = window.inspector.grab()
        names = side_by_side(avatar, voice)  # both tabs, side by side
        names.save(str(artifacts_dir / "screenshot-names-and-pictures.png"))

        window.inspector.show_panel("projectPanel")
        QApplication.processEvents()
        window.inspector.grab().save(str(artifacts_dir / "screenshot-advanced-collapsed.png"))

        window.brand.save(
            BrandKit(
                primary="#2563EB",
                background="#0B132B",
                text="white",
                title_font="DejaVu Sans",
                presenter_id=DAISY,
                voice_id=RACHEL,
            ),
            embed=False,
        )
        dialog = window.brand.dialog()
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(artifacts_dir / "screenshot-brand-kit.png"))
        dialog.close()
        window.close()
    for name in ("gallery", "template-opened", "names-and-pictures", "brand-kit"):
        assert not QImage(str(artifacts_dir / f"screenshot-{name}.png")).isNull()
