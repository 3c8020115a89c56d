"""`make bench`: meemo_sdk against raw httpx and the official `meemo` client."""
