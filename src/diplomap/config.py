"""Typed settings, declared once with their help text.

Precedence: defaults < settings file (TOML: ``./diplomap.toml``, or ``--config FILE``, table
``[diplomap]``) < environment (``DIPLOMAP_<NAME>``) < command-line options. Validated once;
passed explicitly to whatever needs them (nothing reads the environment later).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    store: str = _setting("diplomap.duckdb", "DuckDB file that holds the corpus and everything derived from it.")
    workers: int = _setting(1, "Processes for the per-document stages (1 = in this process); with executor=ray, "
                               "Ray actors (one CPU each).")
    batch_size: int = _setting(64, "Documents per batch sent to a worker and per store transaction.")
    max_document_bytes: int = _setting(10_000_000, "Larger single documents are rejected as too-large.")
    extract_timeout_s: float = _setting(10.0, "Time limit for main-text extraction of one HTML page.")
    extraction_mode: str = _setting("default", "HTML main text: 'default' (trafilatura) or 'fast' (resiliparse first).")
    outlet_min_docs: int = _setting(3, "A line in this many documents of one outlet is that outlet's furniture.")
    corpus_min_docs: int = _setting(5, "A short line in this many documents across outlets is furniture.")
    corpus_max_words: int = _setting(12, "Only lines up to this many words count as corpus-wide furniture.")
    progress: bool = _setting(True, "Show a progress bar on the terminal.")
    actor_files: str = _setting(
        "", "User actor files (YAML, see README 'Actor files') that add to or override the packaged actors; "
        "several are separated by ':' (the OS path separator)."
    )
    event_lexicon_files: str = _setting(
        "", "User event lexicon files (YAML, see README 'Your own event lexicon') whose verb and noun senses add "
        "to the packaged lexicon; several are separated by ':' (the OS path separator)."
    )
    executor: str = _setting(
        "local", "Where the per-document stages run: 'local' (this process or a process pool) or 'ray' "
        "(a Ray cluster, or a local Ray instance; needs the ray extra)."
    )
    embed: bool = _setting(
        False, "Also look for rewordings that share no word sequence, with sentence embeddings (needs the embed "
        "extra; see README 'Optional: embeddings')."
    )
    ray_address: str = _setting(
        "", "With executor=ray: the cluster to join ('auto', 'ray://HOST:10001', 'HOST:6379'); empty starts "
        "a local Ray instance with `workers` CPUs."
    )
    spool_dir: str = _setting(
        "", "With executor=ray: where the workers write their Parquet shards for the store to load (a folder "
        "every Ray node and this machine can read and write); empty: a folder beside the store."
    )

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def describe(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in dataclasses.fields(cls)}


def _coerce(name: str, raw: Any, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            if isinstance(raw, bool):
                return raw
            value = str(raw).strip().lower()
            if value in ("1", "true", "yes", "on"):
                return True
            if value in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        return str(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r}: {raw!r} is not a valid {type(default).__name__}") from None


def load_settings(
    config_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build the settings: defaults < file < environment < overrides (None values are ignored)."""
    environ = os.environ if environ is None else environ
    defaults = Settings()
    values: dict[str, Any] = {}
    known = {f.name: getattr(defaults, f.name) for f in dataclasses.fields(Settings)}

    path = config_file or (Path("diplomap.toml") if Path("diplomap.toml").is_file() else None)
    if path is not None:
        try:
            table = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("diplomap", {})
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings file {path}: {exc}") from None
        for key, raw in table.items():
            name = key.replace("-", "_")
            if name not in known:
                raise ConfigError(f"{path}: unknown setting {key!r} (known: {', '.join(sorted(known))})")
            if name in _PATH_LISTS:
                # a list of files, or one string of them; relative to the settings file, not to
                # wherever the command happens to run
                raw = _files_beside(Path(path).parent, raw, name, path)
            values[name] = _coerce(name, raw, known[name])

    for name, default in known.items():
        env_name = f"DIPLOMAP_{name.upper()}"
        if env_name in environ:
            values[name] = _coerce(env_name, environ[env_name], default)

    for name, raw in (overrides or {}).items():
        if raw is None:
            continue
        if name not in known:
            raise ConfigError(f"unknown setting {name!r}")
        values[name] = _coerce(name, raw, known[name])

    settings = dataclasses.replace(defaults, **values)
    _validate(settings)
    return settings


#: settings that name several files, separated by the OS path separator, read relative to the
#: settings file (their versions are of their contents, not their paths)
_PATH_LISTS = frozenset({"actor_files", "event_lexicon_files"})


def _files_beside(folder: Path, raw: Any, name: str, source: Path | str) -> str:
    """A settings file's list of files (a TOML list, or one string separated by the OS path
    separator) as one setting string, each relative path taken from the settings file's folder."""
    items = raw if isinstance(raw, list) else str(raw).split(os.pathsep) if isinstance(raw, str) else None
    if items is None or not all(isinstance(i, str) for i in items):
        raise ConfigError(f"{source}: {name} must be a list of file paths, not {raw!r}")
    return os.pathsep.join(str(folder / i) if not Path(i).is_absolute() else i for i in items if i.strip())


def _validate(s: Settings) -> None:
    if s.workers < 1:
        raise ConfigError("workers must be at least 1")
    if s.batch_size < 1:
        raise ConfigError("batch_size must be at least 1")
    if s.executor not in ("local", "ray"):
        raise ConfigError(f"executor must be 'local' or 'ray', not {s.executor!r}")
    if s.extraction_mode not in ("default", "fast"):
        raise ConfigError(f"extraction_mode must be 'default' or 'fast', not {s.extraction_mode!r}")
    if s.extract_timeout_s <= 0:
        raise ConfigError("extract_timeout_s must be positive")
    if min(s.outlet_min_docs, s.corpus_min_docs) < 2:
        raise ConfigError("outlet_min_docs and corpus_min_docs must be at least 2")
