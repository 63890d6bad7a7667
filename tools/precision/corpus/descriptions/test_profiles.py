# A test table of the function that picks a profile for a region: inputs and expected outputs, never calls.
import pytest

from app.profiles import profile_for


@pytest.mark.parametrize(
    ("region", "base", "profile"),
    [
        ("eu-west-1", "anthropic.claude-sonnet-4-6", "eu.anthropic.claude-sonnet-4-6"),  # expect: none
        ("ap-southeast-2", "anthropic.claude-sonnet-4-6", "au.anthropic.claude-sonnet-4-6"),  # expect: none
        ("ap-northeast-1", "anthropic.claude-haiku-4-5-20251001-v1:0", "jp.anthropic.claude-haiku-4-5-20251001-v1:0"),  # expect: none
        ("us-west-2", "amazon.nova-pro-v1:0", "us.amazon.nova-pro-v1:0"),  # expect: none
    ],
)
def test_profile_for(region, base, profile):
    assert profile_for(base, region) == profile


def test_keeps_a_profile():
    assert profile_for("eu.anthropic.claude-sonnet-4-6", "eu-west-1") == "eu.anthropic.claude-sonnet-4-6"  # expect: none
    assert profile_for("global.anthropic.claude-sonnet-4-6", "eu-west-1") == "global.anthropic.claude-sonnet-4-6"  # expect: none


def test_refuses_a_retired_model():
    # Retired in every region: the warning holds even in a test.
    with pytest.raises(ValueError):
        profile_for("anthropic.claude-v2:1", "us-east-1")  # expect: no-deprecated-model-id
