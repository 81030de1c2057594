"""One declaration per setting: validation, parsing and everything derived from it."""

import json

import numpy as np
import pytest

from rnnsub.cli import build_parser, config_from_args
from rnnsub.config import SETTINGS, STRUCTURAL, Config
from rnnsub.errors import ConfigError, UserError
from rnnsub.modelfile import config_of, load_model, make_meta, save_model
from rnnsub.train import Trainer


def test_every_field_is_declared_with_a_range_or_choices():
    assert list(SETTINGS) == list(Config.__dataclass_fields__)
    for s in SETTINGS.values():
        assert s.label and s.help and isinstance(s.default, s.kind)
        assert s.choices or (s.low is not None and s.low <= s.default <= s.high), s.name
    assert set(STRUCTURAL) == {"cell", "bits", "hidden", "pairs", "b_range", "seed", "batch"}


@pytest.mark.parametrize("name", list(SETTINGS))
def test_bounds_are_inclusive_and_out_of_range_is_a_config_error(name):
    s = SETTINGS[name]
    if s.choices:
        for v in s.values:
            assert Config(**{name: v}) is not None
        with pytest.raises(ConfigError) as e:
            Config(**{name: "nonsense"})
        assert e.value.kind == "choice" and isinstance(e.value, UserError)
        return
    assert getattr(Config(**{name: s.low}), name) == s.low and getattr(Config(**{name: s.high}), name) == s.high
    below = s.low - 1 if s.kind is int else s.low / 2
    above = s.high + 1 if s.kind is int else s.high * 2
    for bad in (below, above, True, "3", None):
        with pytest.raises(ConfigError) as e:
            Config(**{name: bad})
        assert e.value.kind == "range" and e.value.params["name"] == name


def test_parse_and_format_round_trip_exactly():
    lr = SETTINGS["lr"]
    for value in (0.0001, 1e-6, 0.1 + 0.2, 1000.0, 0.9):
        assert lr.parse(lr.format(value)) == value
    assert SETTINGS["seed"].parse("3000000000") == 3_000_000_000
    with pytest.raises(ConfigError, match="got 0.0000001"):
        lr.parse("0.0000001")
    with pytest.raises(ConfigError):
        SETTINGS["bits"].parse("8.0")


def test_cli_options_are_derived_from_the_declarations():
    parser = build_parser()
    args = parser.parse_args(["train"])
    assert config_from_args(args) == Config()
    args = parser.parse_args(["train", "--seed", "4294967295", "--lr", "0.000001", "--b-range", "half", "--cell", "notebook"])
    c = config_from_args(args)
    assert (c.seed, c.lr, c.b_range, c.cell) == (2**32 - 1, 1e-6, "half", "notebook")
    help_text = parser._subparsers._group_actions[0].choices["train"].format_help()
    for name in SETTINGS:
        assert "--" + name.replace("_", "-") in help_text


def test_model_meta_records_every_model_setting_exactly(tmp_path):
    c = Config(seed=3_000_000_000, lr=0.0001, hidden=5, batch=3, pairs="all", b_range="half", cell="notebook")
    t = Trainer(c.replace(iterations=3))
    for _ in t.run():
        pass
    save_model(tmp_path / "m.npz", t.weights, make_meta(c, t.iteration, None))
    weights, meta = load_model(tmp_path / "m.npz")
    assert config_of(meta, iterations=c.iterations) == c and meta["iterations"] == 3 and meta["accuracy"] is None
    assert "iterations" in meta and set(meta) == {"format", "accuracy", "iterations", *[n for n, s in SETTINGS.items()
                                                                                        if s.in_model]}


def test_a_file_saved_with_the_old_cell_name_loads_as_notebook(tmp_path):
    t = Trainer(Config(cell="notebook", iterations=2))
    meta = make_meta(t.config, 2, None)
    meta["cell"] = "seed"  # files saved before the rename
    path = tmp_path / "old.npz"
    np.savez(path, synapse_0=t.weights.W0[0], synapse_h=t.weights.Wh[0], synapse_1=t.weights.W1[0],
             meta=np.array(json.dumps(meta)))
    _, loaded = load_model(path)
    assert loaded["cell"] == "notebook" and config_of(loaded).cell == "notebook"
