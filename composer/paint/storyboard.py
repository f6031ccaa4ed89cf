"""The storyboard PDF for sign-off (QPdfWriter): a cover with the video's facts and an
approval block, then a page per scene with its frame as the preview paints it beside its
details and full script. Text is real PDF text (selectable, searchable); a script too long
for one page continues on the next.

Units: the writer runs at 72 dpi, so one painter unit is one point.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from composer.model.project import Project
from composer.paint.scene_painter import ScenePainter
from composer.paint.scene_pictures import scene_image
from composer.storage.atomic import write_atomic
from composer.storyboard.sheet import SceneSheet, Sheet

POINTS_PER_INCH = 72
MARGIN_MM = 14
GAP = 18.0
IMAGE_SHARE = 0.56  # of the page width, for the frame
FRAME_PIXELS = 1400  # the frame picture's width (sharp when printed at A4)
HEADER_HEIGHT = 34.0
STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1d2330; }
h1 { font-size: 26pt; margin: 0 0 4pt 0; }
h2 { font-size: 15pt; margin: 0; }
.muted { color: #6b7280; }
td { vertical-align: top; }
th { text-align: left; color: #6b7280; font-weight: normal; vertical-align: top; }
.script { font-size: 12pt; line-height: 140%; }
"""


def write_storyboard(
    project: Project, sheet: Sheet, path: Path, painter: ScenePainter | None = None
) -> None:
    """Write the storyboard PDF at `path` (atomically: a failed export leaves no half file)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(POINTS_PER_INCH)
    writer.setTitle(f"Storyboard: {sheet.title}")
    writer.setCreator("Scene Composer")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height()))
    qp = QPainter(writer)
    _cover(qp, writer, page, sheet)
    scene_painter = painter or ScenePainter.for_project(project)
    for scene, entry in zip(project.scenes, sheet.scenes, strict=True):
        writer.newPage()
        frame = scene_image(scene, project, FRAME_PIXELS, scene_painter)
        _scene_pages(qp, writer, page, entry, len(sheet.scenes), frame)
    qp.end()
    buffer.close()
    write_atomic(path, bytes(buffer.data()))


def _document(html: str, width: float, writer: QPdfWriter) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)  # point sizes measured on the PDF, not the screen
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(f"<body>{html}</body>")
    doc.setTextWidth(width)
    return doc


def _draw(qp: QPainter, doc: QTextDocument, at: QPointF, clip: QRectF | None = None) -> float:
    """Draw `doc` with its top-left at `at`; returns its height."""
    qp.save()
    qp.translate(at)
    doc.drawContents(qp, clip or QRectF())
    qp.restore()
    return doc.size().height()


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _facts(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><th width='110'>{escape(k)}</th><td>{_text(v)}</td></tr>" for k, v in rows
    )
    return f"<table cellpadding='3' cellspacing='0'>{cells}</table>"


def _cover(qp: QPainter, writer: QPdfWriter, page: QRectF, sheet: Sheet) -> None:
    facts = _facts(
        [
            ("Route", sheet.route),
            ("Output size", sheet.size),
            ("Scenes", str(len(sheet.scenes))),
            ("Total length", sheet.total_length),
            ("Estimated cost", sheet.cost),
            ("Date", sheet.date),
        ]
    )
    head = (
        f"<h1>{escape(sheet.title)}</h1><p class='muted'>Storyboard for sign-off · "
        f"made with Scene Composer</p>{facts}"
    )
    y = _draw(qp, _document(head, page.width() * 0.6, writer), page.topLeft())
    approval = (
        "<h2>Approval</h2><p>☐ Approved as it is &nbsp;&nbsp; ☐ Approved with the changes "
        "noted &nbsp;&nbsp; ☐ Not approved</p>"
        "<table width='100%' cellpadding='7' cellspacing='0'>"
        + "".join(
            f"<tr><th width='90'>{label}</th><td>{'_' * 70}</td></tr>"
            for label in ("Name", "Role", "Signature", "Date", "Comments", "")
        )
        + "</table>"
    )
    box = QRectF(page.left(), page.top() + y + GAP, page.width() * 0.75, 0)
    doc = _document(approval, box.width() - 2 * GAP, writer)
    box.setHeight(doc.size().height() + 2 * GAP)
    qp.drawRoundedRect(box, 6, 6)
    _draw(qp, doc, box.topLeft() + QPointF(GAP, GAP))


def _scene_pages(
    qp: QPainter,
    writer: QPdfWriter,
    page: QRectF,
    entry: SceneSheet,
    count: int,
    frame: QImage,
) -> None:
    header = (
        f"<h2>Scene {entry.number} of {count} · {escape(entry.name)}</h2>"
        f"<p class='muted'>{escape(entry.length)}</p>"
    )
    _draw(qp, _document(header, page.width(), writer), page.topLeft())
    top = page.top() + HEADER_HEIGHT + 14
    left_width = page.width() * IMAGE_SHARE
    aspect = frame.height() / frame.width()
    image_h = min(left_width * aspect, (page.bottom() - top) * 0.62)
    image_w = image_h / aspect
    qp.drawImage(QRectF(page.left(), top, image_w, image_h), frame)
    details = _facts(
        [
            ("Presenter", entry.presenter),
            ("Voice", entry.voice),
            ("Background", entry.background),
            ("Overlay text", entry.overlay or "none"),
            ("Length", entry.length),
        ]
    )
    below = QPointF(page.left(), top + image_h + 10)
    qp.save()
    qp.setClipRect(QRectF(below, page.bottomRight()))
    _draw(qp, _document(details, left_width, writer), below)
    qp.restore()
    column = QRectF(page.left() + left_width + GAP, top, page.width() - left_width - GAP, 0)
    column.setBottom(page.bottom())
    words = entry.script.split(" ")
    part = 0
    while words:
        if part:
            writer.newPage()
            more = f"<h2>Scene {entry.number} · {escape(entry.name)} (script continued)</h2>"
            _draw(qp, _document(more, page.width(), writer), page.topLeft())
        count = _words_that_fit(words, column.size(), writer, first=not part)
        _draw(
            qp, _script_document(words[:count], column.width(), writer, not part), column.topLeft()
        )
        words = words[count:]
        part += 1


def _script_document(
    words: list[str], width: float, writer: QPdfWriter, first: bool
) -> QTextDocument:
    heading = "<p class='muted'>Script</p>" if first else ""
    return _document(f"{heading}<p class='script'>{_text(' '.join(words))}</p>", width, writer)


def _words_that_fit(words: list[str], size: QSizeF, writer: QPdfWriter, first: bool) -> int:
    """How many of `words` fit in a column of `size` (at least one, so pages always advance)."""
    low, high = 1, len(words)
    while low < high:
        middle = (low + high + 1) // 2
        height = _script_document(words[:middle], size.width(), writer, first).size().height()
        if height <= size.height():
            low = middle
        else:
            high = middle - 1
    return low
