"""The local Meemo sandbox's implementation: a stateful fake of the External API.

Users import it as `meemo_sdk.testing`; this package is kept apart from the SDK
so that nothing in `meemo_sdk` depends on it and it needs werkzeug only here.
"""
