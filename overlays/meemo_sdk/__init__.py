"""Python SDK for the Meemo External API."""
