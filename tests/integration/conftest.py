"""Fixtures of the integration tests: the test web platform over both schemes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.sync import SCHEMES, serving
from tests.support.web_platform import WebPlatform


@pytest.fixture(params=SCHEMES)
def web(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[WebPlatform]:
    """The test web platform, once over http and once over https; its times are Jakarta's. A
    test file that needs only plain http defines a `web` of its own, which takes the place of
    this one there."""
    with serving(request.param, tmp_path, monkeypatch) as platform:
        yield platform
