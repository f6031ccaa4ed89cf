"""What HeyGen said of each look is kept per server, account and look; a file that can't be
written still keeps it for the run; refusals read as matting or plan; each look is asked
the first way it may give, and a refusal always asks something else next."""

from __future__ import annotations

from pathlib import Path

from composer.heygen.errors import AuthError
from composer.heygen.v3_errors import V3Rejected
from composer.routes.exact_alpha import KEY, REMOVAL, WEBM, Alpha, refusal_kind
from composer.routes.look_memory import ACCOUNT_WIDE, LookMemory, facts_anywhere, memory_for

MATTING = V3Rejected("HeyGen refused the request", param="output_format",
                     detail="This avatar does not support matting.", status=400)  # fmt: skip
PLAN = V3Rejected("HeyGen refused the request", param="output_format", status=400,
                  detail="Please subscribe to higher plan - WebM not allowed.")  # fmt: skip
OTHER = V3Rejected("HeyGen refused the request", param="voice_id", status=400,
                   detail="Voice not found.")  # fmt: skip


def test_facts_are_kept_per_server_account_and_look(tmp_path: Path) -> None:
    ours = memory_for(tmp_path, "https://api.heygen.com", {"username": "ann"})
    ours.learn("look-1", webm=False, webm_refusal="plan")
    again = memory_for(tmp_path, "https://api.heygen.com", {"username": "ann"})
    assert again.facts("look-1").webm is False and again.facts("look-1").webm_refusal == "plan"
    assert (
        memory_for(tmp_path, "https://api.heygen.com", {"username": "bob"}).facts("look-1").webm
        is None
    )
    assert (
        memory_for(tmp_path, "http://127.0.0.1:8765", {"username": "ann"}).facts("look-1").webm
        is None
    )
    assert facts_anywhere(tmp_path / "looks" / "alpha.json", "look-1").webm is False
    assert "ann" not in (tmp_path / "looks" / "alpha.json").read_text("utf-8")  # a tag, not a name


def test_an_unwritable_file_keeps_the_facts_for_the_run(tmp_path: Path) -> None:
    (tmp_path / "alpha.json").mkdir()  # a folder where the file should be: writes fail
    memory = LookMemory(tmp_path / "alpha.json", "host", "acct")
    memory.learn("look-1", webm=False, webm_refusal="matting")
    assert memory.facts("look-1").webm is False


def test_refusals_read_as_matting_or_plan() -> None:
    assert refusal_kind(MATTING) == "matting" and refusal_kind(PLAN) == "plan"
    assert refusal_kind(OTHER) is None


def test_the_ladder_steps_down_and_never_asks_the_same_again(tmp_path: Path) -> None:
    alpha = Alpha(LookMemory(tmp_path / "alpha.json", "host", "acct"))
    body = {"type": "avatar", "avatar_id": "twin"}
    clip = {"body": body, "key_colour": "#00B140", "look_type": "digital_twin"}
    clip["way"] = alpha.ask(body, "#00B140", "digital_twin")
    assert clip["way"] == WEBM and body["output_format"] == "webm" and "background" not in body
    assert alpha.step_down(clip, MATTING) and clip["way"] == REMOVAL
    assert body["remove_background"] is True and body["background"]["value"] == "#00B140"
    assert alpha.step_down(clip, V3Rejected("no", param="remove_background", status=400,
                                            detail="not trained with matting"))  # fmt: skip
    assert "remove_background" not in body and body["output_format"] == "mp4"
    assert not alpha.step_down(clip, MATTING)  # nothing left to drop: the job says why
    assert not alpha.step_down(clip, OTHER)
    assert alpha.removal_refused(AuthError("forbidden", status=403, detail="not on your plan"))
    photo = {"type": "avatar", "avatar_id": "photo"}
    alpha.memory.learn("photo", webm=False, webm_refusal="matting")
    assert alpha.ask(photo, "#00B140", "photo_avatar") == KEY  # no removal on this account
    assert "remove_background" not in photo  # a photo look is not a video avatar
    assert alpha.memory.facts(ACCOUNT_WIDE).background_removal is False
