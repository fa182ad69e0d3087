"""JSON Schema export, so editors (VS Code with the YAML extension...) validate and complete contract files."""

from __future__ import annotations

from typing import Any

from voute.contract.model import Contract

SCHEMA_ID = "https://voute.example/schema/contract-1.json"


def json_schema() -> dict[str, Any]:
    """The schema of a contract file, in the alias names the file uses (``from``/``to`` for opening hours)."""
    schema = Contract.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "Voute outsourcing contract"
    return schema
