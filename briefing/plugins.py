"""Plugins: third-party readers, cleaner rules, quote extractors, transports and templates.

A plugin is a distribution with an entry point in the group `briefing.plugins`; the entry point
names a module (or object) with a `register(hooks)` function, which calls the `Hooks` methods
below. The built-ins go through the very same registries (`ingest.register_reader`,
`clean.register_rule`, ...), so a plugin's reader is looked up exactly like the `.txt` one.

    # pyproject.toml of a plugin
    [project.entry-points."briefing.plugins"]
    rst = "briefing_rst"

    # briefing_rst.py
    def register(hooks):
        hooks.register_reader(".rst", read_rst)   # read_rst(article_id, text, path) -> Article
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from typing import Any

from briefing.delivery import transports
from briefing.errors import ConfigError
from briefing.output import render
from briefing.pipeline import QUOTE_EXTRACTORS, quote_extractor, register_quote_extractor
from briefing.stages import clean, ingest

log = logging.getLogger(__name__)

GROUP = "briefing.plugins"

_loaded: dict[str, str] = {}
"""Entry points already registered: name -> value (so loading twice registers once)."""


class Hooks:
    """What a plugin's `register(hooks)` may add."""

    def register_reader(self, suffixes: str | Iterable[str], reader: ingest.Reader) -> None:
        """Read files ending in `suffixes` with `reader(article_id, text, path) -> Article`."""
        ingest.register_reader(suffixes, reader)

    def register_rule(self, name: str, check: clean.ParagraphRule) -> None:
        """Add a cleaner rule: paragraph text -> why it is not reporting, or None."""
        clean.register_rule(name, check)

    def register_quote_extractor(self, name: str, extractor: Callable[..., Any]) -> None:
        """Add a quote extractor, chosen with `[brief] quote_extractor = "name"`."""
        register_quote_extractor(name, extractor)

    def register_transport(self, name: str, factory: Callable[..., Any]) -> None:
        """Add a delivery transport, chosen with `[delivery] transport = "name"`."""
        transports.register_transport(name, factory)

    def register_templates(self, folder: Path) -> None:
        """Search `folder` for templates after the user's override folder, before the built-ins."""
        render.register_templates(folder)


def _register(point: EntryPoint) -> None:
    try:
        target = point.load()
    except Exception as exc:  # a broken plugin names itself instead of a traceback
        raise ConfigError(
            f"plugin {point.name} ({point.value}): cannot be loaded ({exc}); fix or uninstall it"
        ) from exc
    register = getattr(target, "register", target)
    if not callable(register):
        raise ConfigError(
            f"plugin {point.name} ({point.value}): has no register(hooks) function; fix it"
        )
    register(Hooks())
    log.info("plugin %s registered", point.name)


def load_plugins() -> dict[str, str]:
    """Register every installed plugin of the `briefing.plugins` group (once); return them."""
    for point in sorted(entry_points(group=GROUP), key=lambda p: p.name):
        if _loaded.get(point.name) == point.value:
            continue
        _register(point)
        _loaded[point.name] = point.value
    return dict(_loaded)


def registry_names() -> dict[str, list[str]]:
    """Return the names settings may choose from: transports, cleaner rules, quote extractors."""
    quote_extractor("builtin")  # registers the built-in one
    return {
        "transports": sorted(transports.TRANSPORTS),
        "rules": list(clean.PARAGRAPH_RULES),
        "quote_extractors": sorted(QUOTE_EXTRACTORS),
    }
