from __future__ import annotations

from pathlib import Path

import pytest

from diplomap.config import Settings, load_settings
from diplomap.errors import ConfigError


def test_config_precedence_file_then_environment_then_overrides(tmp_path: Path) -> None:
    config = tmp_path / "d.toml"
    config.write_text('[diplomap]\nworkers = 3\nbatch_size = 7\nstore = "file.duckdb"\n')
    env = {"DIPLOMAP_BATCH_SIZE": "9", "DIPLOMAP_STORE": "env.duckdb"}
    s = load_settings(config, environ=env, overrides={"store": "cli.duckdb", "workers": None})
    assert (s.workers, s.batch_size, s.store) == (3, 9, "cli.duckdb")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DIPLOMAP_WORKERS": "many"}, "not a valid int"),
        ({"DIPLOMAP_WORKERS": "0"}, "at least 1"),
        ({"DIPLOMAP_EXTRACTION_MODE": "turbo"}, "extraction_mode"),
        ({"DIPLOMAP_PROGRESS": "perhaps"}, "not a valid bool"),
    ],
)
def test_config_rejects_bad_values(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(None, environ=env)


def test_config_unknown_setting_in_file(tmp_path: Path) -> None:
    config = tmp_path / "d.toml"
    config.write_text("[diplomap]\nworkerz = 3\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(config, environ={})


def test_config_every_setting_is_documented_in_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for name in Settings.describe():
        assert f"`{name}`" in readme, f"setting {name} is not documented in README.md"
