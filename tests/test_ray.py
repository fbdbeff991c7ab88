"""The Ray executor gives the store the local executor gives (same stage code, same order), also
when a worker dies mid-run; fsspec inputs (memory://, file://) read like local files.

The Ray tests run a real local Ray instance (2 CPUs, started once for this module) and skip where
the ``ray`` extra is not installed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

import pytest

from conftest import EXAMPLES
from diplomap import api
from diplomap.clean.stage import CleanStage
from diplomap.config import Settings, load_settings
from diplomap.consolidate import ReuseLink, consolidate
from diplomap.errors import ConfigError, InputError
from diplomap.execute import LocalExecutor, RayExecutor
from diplomap.execute.ray_executor import import_ray
from diplomap.ingest.sources import iter_paths, read_source
from diplomap.ingest.stage import ReadStage
from diplomap.model import RawInput
from diplomap.pipeline import BaseStage, Pipeline, RunContext
from diplomap.reuse.detect import ReuseFinder
from diplomap.store import Store

try:
    import ray
except ImportError:
    ray = None

# Ray Data's own context warns about its own deprecated fields when it is copied; nothing of ours.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")

needs_ray = pytest.mark.skipif(ray is None, reason="ray is not installed (pip install -e '.[ray]')")

#: every table a run fills from the documents' content (times of day left out)
TABLES = ("documents", "origins", "rejections", "document_lines", "mentions", "event_reports", "events", "reuse",
          "stances")


def snapshot(store: str | Path, *, renamed: tuple[str, str] = ("", "")) -> dict[str, list[str]]:
    """Each table as sorted JSON rows, without timestamps; origins under ``renamed[0]`` are read
    as if under ``renamed[1]``."""
    tables: dict[str, list[str]] = {}
    with Store(store, read_only=True) as s:
        for table in TABLES:
            columns = [name for name, kind, *_ in s.db.execute(f"DESCRIBE {table}").fetchall()
                       if "TIMESTAMP" not in kind]  # fmt: skip
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = s.db.execute(f"SELECT {quoted} FROM {table}").fetchall()
            dumped = (json.dumps(row, default=str, sort_keys=True) for row in rows)
            tables[table] = sorted(d.replace(*renamed) if renamed[0] else d for d in dumped)
    return tables


@pytest.fixture(scope="module")
def ray_instance() -> Iterator[None]:
    if ray is None:
        pytest.skip("ray is not installed (pip install -e '.[ray]')")
    # The stages defined below travel to the workers by value (this module is not importable there).
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    ray.init(num_cpus=2, include_dashboard=False)
    yield
    ray.shutdown()


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ray tasks of a few inputs (not 64), so that the examples keep both workers busy."""
    monkeypatch.setattr(RayExecutor, "min_batch", 1)


@pytest.fixture(scope="module")
def local_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The examples read with the local executor: what every Ray run must reproduce."""
    path = str(tmp_path_factory.mktemp("local") / "local.duckdb")
    api.run([EXAMPLES], Settings(store=path, progress=False), extract=True)
    return path


def ray_settings(store: Path, **changes: Any) -> Settings:
    return Settings(store=str(store), progress=False, executor="ray", workers=2, batch_size=4).replace(**changes)


class ExitOnce(BaseStage):
    """Passes records through, but the first worker to see its ``after``-th record dies on the spot
    (no exception, no clean-up: as a kill -9 or the OOM killer would) — once per flag file."""

    name: ClassVar[str] = "exit-once"

    def __init__(self, flag: str, after: int) -> None:
        self.flag, self.after, self.seen = flag, after, 0

    def process(self, record: Any, ctx: RunContext) -> Iterable[Any]:
        self.seen += 1
        if self.seen >= self.after:
            try:
                open(self.flag, "x").close()
            except FileExistsError:
                pass
            else:
                os._exit(1)
        yield record


def dying_main(flag: str) -> Pipeline:
    return Pipeline([ExitOnce(flag, after=5), ReadStage(), CleanStage()])


def dying_extract(flag: str, actor_files: str, event_lexicon: Sequence[tuple[str, str]] = ()) -> Pipeline:
    stages = api.extract_pipeline(actor_files, event_lexicon).stages
    return Pipeline([ExitOnce(flag, after=6), *stages], given=("document",))


# ----------------------------------------------------------------------------- settings, no Ray needed


def test_ray_executor_setting_is_validated_and_chooses_the_executor(tmp_path: Path) -> None:
    assert load_settings(environ={"DIPLOMAP_EXECUTOR": "ray"}).executor == "ray"
    with pytest.raises(ConfigError, match="executor must be 'local' or 'ray'"):
        load_settings(environ={}, overrides={"executor": "dask"})
    assert isinstance(api.make_executor(Settings(), 8), LocalExecutor)
    if ray is not None:
        chosen = api.make_executor(Settings(executor="ray", workers=3, ray_address="auto"), 8)
        assert isinstance(chosen, RayExecutor) and (chosen.workers, chosen.address) == (3, "auto")
        assert chosen.batch_size == RayExecutor.min_batch == 64  # Ray tasks are worth their overhead


def test_ray_cli_options_reach_the_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from diplomap.cli.main import app

    monkeypatch.chdir(tmp_path)  # no diplomap.toml, no DIPLOMAP_* from outside
    for name in [k for k in os.environ if k.startswith("DIPLOMAP_")]:
        monkeypatch.delenv(name)
    seen: dict[str, Settings] = {}

    def fake_run(paths: list[str], settings: Settings, **kwargs: Any) -> api.RunSummary:
        seen["run"] = settings
        return api.RunSummary()

    def fake_recode(settings: Settings, *args: Any, **kwargs: Any) -> api.Extracted:
        seen["recode"] = settings
        return api.Extracted()

    monkeypatch.setattr(api, "run", fake_run)
    monkeypatch.setattr(api, "recode", fake_recode)
    runner = CliRunner()
    done = runner.invoke(app, ["run", str(EXAMPLES), "--executor", "ray", "--address", "auto", "--workers", "3"])
    assert done.exit_code == 0, done.output
    done = runner.invoke(app, ["recode", "--executor", "ray", "--workers", "2"])
    assert done.exit_code == 0, done.output
    assert (seen["run"].executor, seen["run"].ray_address, seen["run"].workers) == ("ray", "auto", 3)
    assert (seen["recode"].executor, seen["recode"].ray_address, seen["recode"].workers) == ("ray", "", 2)
    assert runner.invoke(app, ["run", str(EXAMPLES), "--executor", "dask"]).exit_code == 2


def test_ray_missing_extra_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray fails, as without the extra
    with pytest.raises(ConfigError, match=r"install diplomap\[ray\]"):
        import_ray()
    with pytest.raises(ConfigError, match=r"diplomap\[ray\]"):
        api.make_executor(Settings(executor="ray"), 8)


# ----------------------------------------------------------------------------- fsspec inputs


def _write_examples_to_memory(root: str) -> Any:
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    for path in sorted(EXAMPLES.rglob("*")):
        if path.is_file():
            fs.pipe(f"{root}/{path.relative_to(EXAMPLES).as_posix()}", path.read_bytes())
    fs.pipe(f"{root}/.hidden/skipped.txt", b"a hidden entry is skipped, as in a local folder")
    return fs


def test_ray_fsspec_memory_folder_reads_like_the_local_folder(tmp_path: Path) -> None:
    fs = _write_examples_to_memory("/diplomap-test-corpus")
    try:
        local = sorted(str(p.relative_to(EXAMPLES)) for p in iter_paths([EXAMPLES]))  # type: ignore[union-attr]
        remote = list(iter_paths(["memory://diplomap-test-corpus"]))
        assert [str(u).removeprefix("memory:///diplomap-test-corpus/") for u in remote] == local
        first = read_source(remote[0])
        assert isinstance(first, RawInput) and first.origin == remote[0]
        a = Settings(store=str(tmp_path / "local.duckdb"), progress=False)
        b = Settings(store=str(tmp_path / "memory.duckdb"), progress=False)
        api.run([EXAMPLES], a)
        summary = api.run(["memory://diplomap-test-corpus"], b)
        assert summary.inputs == len(local) and summary.stored > 0
        renamed = ("memory:///diplomap-test-corpus/", f"{EXAMPLES.resolve()}/")
        assert snapshot(b.store, renamed=renamed) == snapshot(a.store)
        with Store(b.store, read_only=True) as store:
            assert all(d.origin.startswith("memory:///diplomap-test-corpus/") for d in store.documents())
        with pytest.raises(InputError, match="no such file or folder"):
            list(iter_paths(["memory://diplomap-test-corpus-absent"]))
    finally:
        fs.rm("/diplomap-test-corpus", recursive=True)


def test_ray_file_url_is_the_local_path(tmp_path: Path) -> None:
    url = EXAMPLES.resolve().as_uri()
    assert list(iter_paths([url])) == list(iter_paths([EXAMPLES]))
    first = next(iter(iter_paths([url + "/text"])))
    assert read_source(first) == read_source(Path(first))
    # the same inputs named either way are one origin: the second run skips them all
    settings = Settings(store=str(tmp_path / "s.duckdb"), progress=False)
    api.run([EXAMPLES / "text"], settings)
    assert api.run([url + "/text"], settings).unchanged == len(list(iter_paths([EXAMPLES / "text"])))
    with pytest.raises(InputError, match="file:///path"):
        list(iter_paths(["file://elsewhere/x"]))
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_paths([(tmp_path / "absent").as_uri()]))


def test_ray_unknown_url_scheme_is_a_clear_error() -> None:
    pytest.importorskip("fsspec")
    with pytest.raises(InputError, match="nosuchscheme"):
        list(iter_paths(["nosuchscheme://bucket/x"]))


# ----------------------------------------------------------------------------- a real local Ray


@needs_ray
@pytest.mark.slow  # 10-30 s on 2 cores: each dataset starts actors that load the stages
def test_ray_executor_matches_the_local_executor_across_windows(ray_instance: None, small_batches: None) -> None:
    """Outputs and stats per input, in input order, also when the input is cut into windows."""
    settings = Settings(progress=False)
    items = [read_source(p) for p in iter_paths([EXAMPLES])]
    factory = partial(Pipeline, [ReadStage(), CleanStage()])
    local = list(LocalExecutor(1).map(factory, items, settings))
    remote = list(RayExecutor(2, batch_size=3, window_items=15).map(factory, iter(items), settings))
    assert len(remote) == len(local) == len(items)
    assert [out for out, _ in remote] == [out for out, _ in local]
    assert sum((s.counts for _, s in remote), start=type(local[0][1].counts)()) == sum(
        (s.counts for _, s in local), start=type(local[0][1].counts)()
    )


@needs_ray
def test_ray_global_steps_group_as_in_one_process(ray_instance: None, local_store: str) -> None:
    """Consolidation and the two reuse indexes as Ray shuffles: the local executor's results."""
    executor = RayExecutor(2)
    with Store(local_store, read_only=True) as store:
        reports = list(store.event_reports())
        links = [ReuseLink.from_json(row) for row in store.reuse()]
        texts = list(store.texts_for_reuse())
    assert reports and links, "the examples have events and copies"
    events = consolidate(reports, links, group=executor.group)
    assert [e.to_json() for e in events] == [e.to_json() for e in consolidate(reports, links)]
    found = []
    for finder in (ReuseFinder(), ReuseFinder(group=executor.group)):
        for doc_id, text, date in texts:
            finder.add(doc_id, text, date)
        found.append([p.to_json() for p in finder.find()])
    assert found[0] == found[1] and found[0]


@needs_ray
@pytest.mark.slow  # 10-30 s on 2 cores: each dataset starts actors that load the stages
def test_ray_run_gives_the_same_store_as_local(ray_instance: None, small_batches: None, local_store: str,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    loads: list[int] = []
    load_shards = Store.load_shards

    def counted(store: Store, shards: Any, done: Any = ()) -> Any:
        loads.append(len(shards))
        return load_shards(store, shards, done)

    monkeypatch.setattr(Store, "load_shards", counted)
    settings = ray_settings(tmp_path / "ray.duckdb")
    summary = api.run([EXAMPLES], settings, extract=True)
    assert summary.stored > 0 and summary.extracted == summary.stored
    assert sum(loads) > 1, "the workers' documents came back as Parquet shards"
    assert not list(tmp_path.glob(".*.spool-*")), "the spool folder is gone after the run"
    assert snapshot(settings.store) == snapshot(local_store)
    # run again: nothing new, and (nothing to do) no dataset is started
    again = api.run([EXAMPLES], settings, extract=True)
    assert (again.stored, again.extracted) == (0, 0)
    assert snapshot(settings.store) == snapshot(local_store)


@needs_ray
@pytest.mark.slow  # 10-30 s on 2 cores: each dataset starts actors that load the stages
def test_ray_worker_killed_mid_run_loses_and_doubles_nothing(
    ray_instance: None, small_batches: None, local_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker dies in the read/clean stages and another in extraction: Ray restarts each and runs
    its batch again; the store is the local executor's, row for row."""
    read_flag, extract_flag = tmp_path / "read-died", tmp_path / "extract-died"
    monkeypatch.setattr(api, "extract_pipeline", partial(dying_extract, str(extract_flag)))
    settings = ray_settings(tmp_path / "killed.duckdb")
    summary = api.run([EXAMPLES], settings, pipeline=partial(dying_main, str(read_flag)), extract=True)
    assert read_flag.exists() and extract_flag.exists(), "no worker died: the test did not test anything"
    assert snapshot(settings.store) == snapshot(local_store)
    with Store(local_store, read_only=True) as store:
        assert summary.stored == len(list(store.documents()))


@needs_ray
@pytest.mark.slow  # 10-30 s on 2 cores: each dataset starts actors that load the stages
def test_ray_workers_code_with_the_users_event_lexicon(ray_instance: None, tmp_path: Path) -> None:
    # (the run reads the user's file once and hands its text to the workers: README "Your own event lexicon")
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "brasilia.txt").write_text(
        "Published: 1998-10-27\n\nPeru and Ecuador settle their border\n\nPeru will hand Ecuador one square "
        "kilometre at Tiwinza as private property. Mexico ordered the Peruvian ambassador home on Tuesday.\n",
        encoding="utf-8")  # fmt: skip
    lexicon = tmp_path / "ours.yaml"
    lexicon.write_text('verbs:\n  - {lemma: hand, objects: [kilometre], cameo: "0842", recipient: [dative]}\n'
                       '  - {lemma: order, objects: [ambassador], cameo: "161"}\n', encoding="utf-8")  # fmt: skip
    settings = ray_settings(tmp_path / "ours.duckdb", event_lexicon_files=str(lexicon))
    summary = api.run([corpus], settings, extract=True)
    assert summary.extracted == 1
    assert {"0842", "161"} <= {r.cameo for r in api.event_reports(settings)}
