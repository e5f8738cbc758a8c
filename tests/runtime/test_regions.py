"""Regions (issue 22 item 4): a known region picks its gateway; an unknown or misspelt one is a
ValueError listing the known ones, never a silent switch to the international gateway.
The hosts are written by hand (reference: the SDK's ZONE_CHINA rule)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from cloudbase_auth import AsyncCloudBaseAuth, CloudBaseAuth

MAINLAND = "https://env-1.api.tcloudbasegateway.com/auth/v1"
INTERNATIONAL = "https://env-1.api.intl.tcloudbasegateway.com/auth/v1"
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("region", "host"),
    [
        ("ap-shanghai", MAINLAND),
        ("ap-guangzhou", MAINLAND),
        ("ap-beijing", MAINLAND),
        ("ap-hongkong", MAINLAND),
        ("ap-shenzhen-fsi", MAINLAND),
        ("ap-singapore", INTERNATIONAL),
    ],
)
def test_a_known_region_picks_its_gateway(region: str, host: str) -> None:
    assert CloudBaseAuth("env-1", region=region).base_url == host
    assert AsyncCloudBaseAuth("env-1", region=region).base_url == host


@pytest.mark.parametrize("region", ["ap-shangai", "AP-SHANGHAI", "", " ap-shanghai", "singapore", None])
def test_an_unknown_region_is_an_error_listing_the_known_ones(region: object) -> None:
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))
    with pytest.raises(ValueError) as info:
        CloudBaseAuth("env-1", region=region, transport=transport)  # type: ignore[arg-type]
    message = str(info.value)
    assert message.startswith(f"unknown region {region!r}: the known regions are ")
    for known in ("ap-shanghai", "ap-guangzhou", "ap-beijing", "ap-singapore"):
        assert known in message
    assert "base_url=" in message and "\n" not in message
    with pytest.raises(ValueError, match="unknown region"):  # a base_url does not excuse a typo
        AsyncCloudBaseAuth("env-1", region=region, base_url="http://127.0.0.1:1/auth/v1")  # type: ignore[arg-type]
    assert sent == []


def test_the_runtime_checks_the_region_from_the_ir(rt: SimpleNamespace) -> None:
    assert rt.base.SyncAPIClient("env-1", region="ap-chengdu").base_url == MAINLAND
    with pytest.raises(ValueError, match=r"unknown region 'ap-chengu'.*ap-chengdu.*\(mainland China\)"):
        rt.base.SyncAPIClient("env-1", region="ap-chengu")


def test_the_readme_and_the_constructor_document_region() -> None:
    readme = (ROOT / "generated" / "python" / "README.md").read_text(encoding="utf-8")
    assert "region=" in readme
    for region in ("ap-shanghai", "ap-guangzhou", "ap-singapore"):
        assert f"`{region}`" in readme
    doc = CloudBaseAuth.__init__.__doc__ or ""
    assert "region:" in doc and "ValueError" in doc
