"""list_topics through the generated client: a plain JSON array, optionally per organization."""

from __future__ import annotations

from http import HTTPStatus

from meemo_api_client import AuthenticatedClient
from meemo_api_client.api.topics import list_topics
from meemo_api_client.models import Topic
from pytest_httpserver import HTTPServer

from tests import payloads
from tests.generated.support import BASE, expect

PATH = f"{BASE}/topics/"


def test_without_organization_sends_no_query(
    server: HTTPServer, client: AuthenticatedClient
) -> None:
    expect(server, "GET", PATH).respond_with_json(payloads.topics())

    response = list_topics.sync_detailed(client=client)

    server.check_assertions()
    assert response.status_code == HTTPStatus.OK
    topics = response.parsed
    assert isinstance(topics, list)
    assert all(isinstance(topic, Topic) for topic in topics)
    assert [(t.id, t.name, t.alias, t.language) for t in topics] == [
        (3, "General meeting", "general", "en"),
        (4, "Rapat umum", "rapat-umum", "id"),
    ]
    assert topics[0].additional_properties == {}
    assert topics[1].additional_properties == {payloads.UNKNOWN_FIELD: payloads.UNKNOWN_FIELD_VALUE}


async def test_asyncio_filters_by_organization(
    server: HTTPServer, async_client: AuthenticatedClient
) -> None:
    expect(server, "GET", PATH, query="organization_id=7").respond_with_json(payloads.topics()[:1])

    topics = await list_topics.asyncio(client=async_client, organization_id=7)

    server.check_assertions()
    assert isinstance(topics, list)
    assert [t.alias for t in topics] == ["general"]
