"""Values the public models derive from others, as the official client does."""

from __future__ import annotations

from typing import Any

import meemo_sdk

AUDIO = {
    "media_kind": "audio",
    "url": "https://cdn.example/a.mp3",
    "mime_type": "audio/mpeg",
    "format": "mp3",
}
VIDEO = {
    "media_kind": "video",
    "url": "https://cdn.example/v.mp4",
    "mime_type": "video/mp4",
    "format": "mp4",
}


def _recording(**fields: Any) -> dict[str, Any]:
    return {"meeting_id": 1042, "title": "Weekly product sync", **fields}


def test_a_recording_with_only_assets_reads_its_aliases_from_them() -> None:
    payload = _recording(
        assets=[VIDEO, AUDIO, {**AUDIO, "url": "https://cdn.example/b.wav", "format": "wav"}]
    )

    recording = meemo_sdk.RecordingResponse.from_dict(payload)

    assert (recording.recording_url, recording.format) == (
        AUDIO["url"],
        meemo_sdk.RecordingFormat.MP3,
    )
    assert (recording.video_url, recording.video_format) == (VIDEO["url"], "mp4")
    assert recording.to_dict() == payload  # what the service sent, not the derived values


def test_an_alias_set_after_reading_is_written() -> None:
    payload = _recording(assets=[VIDEO, AUDIO])
    recording = meemo_sdk.RecordingResponse.from_dict(payload)

    recording.recording_url = "https://cdn.example/edited.mp3"

    assert recording.to_dict() == {**payload, "recording_url": "https://cdn.example/edited.mp3"}


def test_values_the_service_sent_win_over_the_assets() -> None:
    payload = _recording(recording_url="https://cdn.example/main.mp3", format="wav", assets=[AUDIO])

    recording = meemo_sdk.RecordingResponse.from_dict(payload)

    assert (recording.recording_url, recording.format) == ("https://cdn.example/main.mp3", "wav")
    assert recording.to_dict() == payload


def test_an_explicit_null_url_is_filled_and_still_written_back_as_null() -> None:
    payload = _recording(recording_url=None, assets=[AUDIO])

    recording = meemo_sdk.RecordingResponse.from_dict(payload)

    assert recording.recording_url == AUDIO["url"]
    assert recording.to_dict() == payload


def test_an_asset_without_a_url_leaves_the_alias_empty() -> None:
    recording = meemo_sdk.RecordingResponse.from_dict(_recording(assets=[{"media_kind": "audio"}]))

    assert (recording.recording_url, recording.format) == (None, "")
    asset = recording.assets[0]
    assert (asset.url, asset.format, asset.mime_type) == (None, "", "")


def test_null_assets_read_as_none_at_all() -> None:
    recording = meemo_sdk.RecordingResponse.from_dict(_recording(assets=None))

    assert recording.assets == []
    assert (recording.recording_url, recording.video_url, recording.video_format) == (
        None,
        None,
        "",
    )


def test_recording_asset_format_is_an_attribute() -> None:
    asset = meemo_sdk.RecordingAsset.from_dict(VIDEO)

    assert asset.format == meemo_sdk.RecordingFormat.MP4
    assert asset.format == "mp4"


def _export(**fields: Any) -> dict[str, Any]:
    return {"meeting_id": 1042, "title": "Weekly product sync", **fields}


def test_summary_with_video_reads_its_video_url_from_the_media_mapping() -> None:
    mapping = {"[video_meeting_1042]": "![Weekly product sync](https://cdn.example/v.mp4)"}
    payload = _export(video_id="video_meeting_1042", media_mapping=mapping)

    export = meemo_sdk.SummaryWithVideoResponse.from_dict(payload)

    assert export.media_mapping == mapping
    assert isinstance(export.media_mapping, dict)
    assert export.video_url == "https://cdn.example/v.mp4"
    assert export.has_video
    assert export.to_dict() == payload


def test_a_mapping_for_another_video_has_video_but_no_url() -> None:
    payload = _export(
        video_id="video_meeting_1042", media_mapping={"[other]": "![x](https://cdn.example/o.mp4)"}
    )

    export = meemo_sdk.SummaryWithVideoResponse.from_dict(payload)

    assert export.video_url is None
    assert export.has_video


def test_no_media_means_no_video() -> None:
    export = meemo_sdk.SummaryWithVideoResponse.from_dict(
        _export(media_mapping=None, citations=None)
    )

    assert (export.media_mapping, export.citations, export.video_url) == ({}, [], None)
    assert not export.has_video


def test_webhook_and_token_secrets_never_show_in_a_repr() -> None:
    webhook = meemo_sdk.Webhook.from_dict(
        {
            "id": 31,
            "target_url": "https://hooks.example.com/meemo",
            "secret_key": "whsec_s3cr3t",
            "events": ["meeting.created"],
            "is_active": True,
            "created_at": "2026-11-02T09:00:00+07:00",
            "organization_id": 7,
        }
    )
    token = meemo_sdk.TokenResponse(
        access_token="tok_s3cr3t", token_type="Bearer", expires_in=10800, scope="read"
    )
    listing = meemo_sdk.WebhookListResponse(count=1, results=[webhook])

    for shown in (repr(webhook), repr(token), repr(listing)):
        assert "s3cr3t" not in shown
    assert "secret_key='***'" in repr(webhook)
    assert webhook.secret_key == "whsec_s3cr3t"
