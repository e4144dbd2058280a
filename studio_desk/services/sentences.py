"""Words the services hand to a person that are not refusals (a till's difference, a sync round's
report): a template marked for translation and its fields, as errors carry them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    template: str  # written as QT_TRANSLATE_NOOP("services", "...")
    fields: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.fields) if self.fields else self.template
