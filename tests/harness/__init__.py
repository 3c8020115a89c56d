"""The test harness shared by the overlay and resilience suites: servers, fixtures, clock."""
