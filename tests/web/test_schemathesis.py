"""Property-based fuzzing of the whole API from its OpenAPI document: no 5xx, ever."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import not_a_server_error

from commentdesk.services import Services
from commentdesk.web.app import build_app
from tests.conftest import create_site


@pytest.fixture
def fuzz_target(services: Services, backend: str) -> Any:
    if backend != "sqlite":
        pytest.skip("the fuzzing run covers the HTTP layer once; storage is covered elsewhere")
    keys = create_site(services)
    services.__dict__["fuzz_headers"] = keys.headers("admin")
    return schemathesis.openapi.from_asgi("/openapi.json", build_app(services))


schema = schemathesis.pytest.from_fixture("fuzz_target")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case, services: Services) -> None:
    # Once anonymous, once with an admin key, so the code past authentication is fuzzed too.
    case.call_and_validate(checks=[not_a_server_error])
    case.call_and_validate(headers=services.__dict__["fuzz_headers"], checks=[not_a_server_error])
