"""The main error plot on its own: honest curves after a divergence, the marker, clear(), the exported PNG."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage

from gui.plot import DIVERGED_COLOUR


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format_RGB32)
    arr = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return arr[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[..., :3].astype(int)  # BGR


def red_pixels(widget) -> int:
    bgr = pixels(widget.grab().toImage())
    r, g, b = DIVERGED_COLOUR
    return int(((np.abs(bgr[..., 2] - r) < 30) & (np.abs(bgr[..., 1] - g) < 30) & (np.abs(bgr[..., 0] - b) < 30)).sum())


def diverging_errors():
    """Iterations 1..100: finite errors up to 11, NaN from the divergence at 12 (as the trainer reports them)."""
    errors = np.linspace(2.0, 1.5, 100)
    errors[11:] = np.nan
    return errors


def test_a_diverged_run_ends_where_it_diverged_and_is_marked(plot):
    plot.set_target(100)
    plot.append(1, diverging_errors())
    plot.mark_diverged(12)
    plot.redraw()
    x, avg = plot.avg.getData()
    assert np.isfinite(avg[x <= 11]).all() and np.isnan(avg[x >= 12]).all()  # not a flat line at 0
    mx, my = plot.diverged_marker.getData()
    assert list(mx) == [12] and my[0] == pytest.approx(np.mean(diverging_errors()[:11]))
    assert plot.err_plot.legend.getLabel(plot.diverged_marker).text == "diverged at iteration 12"
    assert red_pixels(plot.view) > 30
    plot.log.setChecked(True)  # the marker follows the log axis
    plot.redraw()
    assert plot.diverged_marker.getData()[1][0] == pytest.approx(np.log10(np.mean(diverging_errors()[:11])))
    plot.log.setChecked(False)

    plot.clear()
    assert plot.diverged_marker is None and plot.diverged_at is None
    assert not [i for i in plot.err_plot.items if getattr(i, "name", lambda: None)() == "diverged at iteration 12"]
    assert len(plot.err_plot.legend.items) == 2  # each iteration, average
    assert red_pixels(plot.view) == 0


def test_marking_before_the_data_arrives(plot):
    plot.mark_diverged(12)
    plot.mark_diverged(12)  # twice: still one marker, one legend entry
    plot.append(1, diverging_errors())
    plot.redraw()
    assert list(plot.diverged_marker.getData()[0]) == [12]
    assert len(plot.err_plot.legend.items) == 3


def test_hover_over_nan_says_diverged(plot):
    plot.append(1, diverging_errors())
    plot.redraw()
    plot.err_plot.setXRange(0, 100, padding=0)
    for it in (5, 50):
        plot._hover((plot.err_plot.vb.mapViewToScene(QPointF(it, 1.0)),))
        text = plot.readout.text()
        assert text.startswith(f"iteration {it}:")
        assert ("diverged" in text) == (it == 50) and "nan" not in text


def test_clear_resets_the_readout(plot):
    hint = plot.readout.text()
    plot.append(1, np.linspace(1, 0.5, 200))
    plot.redraw()
    plot._hover((plot.err_plot.sceneBoundingRect().center(),))
    assert plot.readout.text() != hint and plot.readout.text().startswith("iteration")
    plot.clear()
    assert plot.readout.text() == hint


def test_exported_png_is_the_plots_only(plot, tmp_path):
    plot.append(1, np.linspace(1, 0.5, 200))
    path = tmp_path / "plot.png"
    plot.export_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    ratio = plot.view.devicePixelRatioF()
    assert (image.width(), image.height()) == (round(plot.view.width() * ratio), round(plot.view.height() * ratio))
    assert image.height() < plot.height() * ratio  # the log-scale box and the readout are above the plots
    # its top row is the plot's white background, not the checkbox's window colour
    assert (pixels(image)[0] == 255).all()
