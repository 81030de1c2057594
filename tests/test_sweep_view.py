import numpy as np

from rnnsub.config import Config
from rnnsub.train import Trainer


def open_dialog(window):
    window.open_sweep()
    return window.sweep_dialog


def test_sweep_runs_and_a_model_opens_in_the_main_window(qtbot, window):
    d = open_dialog(window)
    d.seeds.setText("0-3")
    d.lrs.setText("0.9,0.05")
    d.iterations.setValue(3000)
    d.start()
    qtbot.waitUntil(lambda: not d.running() and d.start_button.isEnabled(), timeout=60000)
    assert "finished" in d.message.text() and "4 of 8 models reached 100%" in d.message.text()
    assert d.table.rowCount() == 8 and d.table.item(0, 6).text() != "" and d.table.item(7, 6).text() == ""
    assert all(s.n == 3000 for s in d.series)
    d.redraw()
    x, y = d.solved_curve.getData()
    assert y.max() == 50.0  # half of the models reach 100%
    d.table.selectRow(2)
    assert d.highlighted == 2 and d.load_button.isEnabled()
    d.load_selected()
    assert window.session.trainer.iteration == 3000 and window.controls.seed.value() == 2
    alone = Trainer(Config(seed=2, iterations=3000))
    for _ in alone.run():
        pass
    np.testing.assert_allclose(window.session.trainer.weights.Wh, alone.weights.Wh, rtol=1e-9, atol=1e-12)


def test_bad_sweep_input_is_one_sentence(qtbot, window):
    d = open_dialog(window)
    for field, text, words in [(d.seeds, "5-2", "is empty"), (d.lrs, "0.9,abc", "must be a number"),
                               (d.hiddens, "0", "hidden must be")]:
        field.setText(text)
        d.start()
        assert words in d.message.text() and not d.running()
        field.setText({"seeds": "0-3", "lrs": "0.9", "hiddens": "16"}[
            "seeds" if field is d.seeds else "lrs" if field is d.lrs else "hiddens"])
    d.elman.setChecked(False)
    d.start()
    assert "at least one cell" in d.message.text()


def test_closing_during_a_sweep_joins_the_thread(qtbot, window):
    d = open_dialog(window)
    d.seeds.setText("0-31")
    d.iterations.setValue(10**6)
    d.start()
    qtbot.waitUntil(lambda: any(s.n > 100 for s in d.series), timeout=20000)
    thread = d.run.thread
    window.close()
    assert thread.isFinished() and d.run is None
