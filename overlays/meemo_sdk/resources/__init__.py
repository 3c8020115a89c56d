"""The API's resources (`client.meetings`, `client.webhooks`, `client.usage`, `client.calendar`).

Each module holds one resource's operation builders, which validate arguments and
build the request from the generated code, and the sync and async classes that
expose those builders as methods.
"""
