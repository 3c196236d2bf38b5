"""Regular migration pathways: sourced facts per route, freshness, and profile matching."""
