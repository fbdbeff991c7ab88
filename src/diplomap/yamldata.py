"""Loading YAML data files: with libyaml where PyYAML was built with it (the package's actor and
lexicon files parse about ten times faster: seconds per run), else PyYAML's own parser. Both
are the safe loader: plain data, no Python objects."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)
