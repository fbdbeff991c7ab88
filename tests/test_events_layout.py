"""The event coder's sentence layers call only the layers below them (diplomap.extract.events).

``_Sentence`` is a stack of classes, one per module: state → dating → parties → recipients →
modality → constructions → actions → sentence. A method that calls a method of a higher layer
would make the stack a tangle again; this test names the call and where to move it.
"""

from __future__ import annotations

import ast
import inspect
import textwrap

from diplomap.extract.events.sentence import _Sentence


def _layers() -> list[type]:
    """The layer classes, bottom first (the MRO without object)."""
    return [c for c in reversed(_Sentence.__mro__) if c is not object]


def _self_calls(method: object) -> set[str]:
    tree = ast.parse(textwrap.dedent(inspect.getsource(method)))  # type: ignore[arg-type]
    return {n.attr for n in ast.walk(tree)
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "self"}  # fmt: skip


def test_each_layer_lives_in_its_own_module() -> None:
    layers = _layers()
    assert [c.__module__.rsplit(".", 1)[1] for c in layers] == [
        "state", "dating", "parties", "recipients", "modality", "constructions", "actions", "sentence"]  # fmt: skip


def test_a_layer_calls_only_its_own_and_lower_layers() -> None:
    layers = _layers()
    level = {name: i for i, c in enumerate(layers) for name, v in vars(c).items() if inspect.isfunction(v)}
    assert len(level) > 90, "the layers' methods were not found"
    upward = []
    for i, c in enumerate(layers):
        for name, v in vars(c).items():
            if not inspect.isfunction(v):
                continue
            for called in _self_calls(v):
                if level.get(called, -1) > i:
                    upward.append(f"{c.__name__}.{name} calls {layers[level[called]].__name__}.{called}")
    assert not upward, "move the callee down or the caller up: " + "; ".join(sorted(upward))


def test_no_method_is_defined_in_two_layers() -> None:
    seen: dict[str, str] = {}
    twice = []
    for c in _layers():
        for name, v in vars(c).items():
            if inspect.isfunction(v) and not name.startswith("__"):
                if name in seen:
                    twice.append(f"{name}: {seen[name]} and {c.__name__}")
                seen[name] = c.__name__
    assert not twice, twice
