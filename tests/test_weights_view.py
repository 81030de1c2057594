"""The Weights tab: the heatmaps are the weights, on one symmetric scale, drawn only while shown."""

import numpy as np

from rnnsub.config import Config
from rnnsub.train import Trainer


def show_weights_tab(window):
    window.tabs.setCurrentWidget(window.weights_view)


def test_the_heatmaps_are_the_weights_on_one_symmetric_scale(qtbot, window):
    w = window
    w.controls.iterations.setValue(500)
    w.start()
    qtbot.waitUntil(lambda: w.session.status == "finished", timeout=30000)
    show_weights_tab(w)
    view = w.weights_view
    qtbot.waitUntil(lambda: view._drawn is w.session.weights)
    ref = Trainer(Config(iterations=500))
    for _ in ref.run():
        pass
    for name in ("W0", "Wh", "W1"):
        np.testing.assert_array_equal(view.images[name].image, getattr(ref.weights, name)[0])
    top = max(np.abs(getattr(ref.weights, n)).max() for n in ("W0", "Wh", "W1"))
    assert view.levels() == (-top, top)


def test_drawn_only_while_shown_and_a_new_model_is_drawn_when_shown(qtbot, window):
    w = window
    view = w.weights_view
    assert not view.isVisible()
    drawn = view._drawn
    w.controls.iterations.setValue(300)
    w.start()
    qtbot.waitUntil(lambda: w.session.status == "finished", timeout=30000)
    assert view._drawn is drawn  # hidden: nothing drawn while training
    w.controls.hidden.setValue(4)
    w.reset()
    show_weights_tab(w)
    qtbot.waitUntil(lambda: view._drawn is view.weights)
    assert view.images["Wh"].image.shape == (4, 4) and view.images["W0"].image.shape == (2, 4)
