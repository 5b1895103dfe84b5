"""`commentdesk doctor`'s checks, on real databases."""

from __future__ import annotations

from commentdesk import checkup
from commentdesk.services import Services


def _finding(services: Services, check: str) -> checkup.Finding:
    return next(f for f in checkup.run(services) if f.check == check)


def test_statistics_warns_when_nothing_keeps_the_planners_statistics(
    services: Services, backend: str
) -> None:
    found = _finding(services, "statistics")
    if backend == "sqlite":
        assert found.status == checkup.OK and "not needed" in found.detail
        return
    with services.store.read() as conn:
        kept = {conn.exec_driver_sql(f"SHOW {n}").scalar() for n in ("autovacuum", "track_counts")}
    if kept == {"on"}:
        assert found.status == checkup.OK
        assert checkup.at_start(services) == []
    else:
        assert found.status == checkup.WARN and "vacuumdb --analyze-only" in found.detail
        # `commentdesk serve` says so as it starts, too.
        assert checkup.at_start(services) == [found]


def test_durability_is_checked_as_configured(services: Services) -> None:
    found = _finding(services, "durability")
    assert found.status == checkup.OK, found.detail
