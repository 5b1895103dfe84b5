"""Property-based fuzzing of the whole API from its OpenAPI document: no 5xx, ever,
and every answer shaped as the document says."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import response_schema_conformance
from schemathesis.core.failures import FailureGroup

from commentdesk.services import Services
from commentdesk.web.app import build_app
from tests.conftest import create_site


def test_no_server_errors(sqlite_services: Services) -> None:
    # The HTTP layer is fuzzed once, on SQLite; storage is covered on both backends elsewhere.
    keys = create_site(sqlite_services)
    schema = schemathesis.openapi.from_asgi("/openapi.json", build_app(sqlite_services))
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 15
    for operation in operations:

        @settings(
            max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        @given(case=operation.as_strategy())
        def fuzz(case: schemathesis.Case) -> None:
            # Once anonymous, once with an admin key, so code past authentication is fuzzed.
            for headers in ({}, keys.headers("admin")):
                response = case.call(headers=headers)
                if response.status_code >= 500:
                    failures.append(
                        f"{case.method} {case.formatted_path} {case.body!r:.200} -> "
                        f"{response.status_code} {response.text[:300]}"
                    )
                    continue
                # And every answer, error or not, has the shape the document gives it.
                try:
                    case.validate_response(response, checks=[response_schema_conformance])
                except (AssertionError, FailureGroup) as err:
                    failures.append(
                        f"{case.method} {case.formatted_path} -> {response.status_code} "
                        f"{response.text[:300]}: {str(err)[:500]}"
                    )

        fuzz()
    assert failures == []
