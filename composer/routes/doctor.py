"""Check my HeyGen account: with the user's key and read-only calls only (GETs: users/me,
looks, voices), whether the key works, the account and its balance in its unit, what the
project's looks and voices support, and what the project's render route will do with each
scene. Nothing is created and no credit is spent. `scene-composer doctor` prints it; the
window's Help menu shows it. Words for people first (names, not ids); ids and API names
only in each finding's `detail`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from composer.billing.lengths import scene_length
from composer.billing.money import amount_text
from composer.billing.rules import load_rules
from composer.model.enums import CharacterType, VoiceType
from composer.model.project import Project, Scene
from composer.model.tr_noop import QT_TRANSLATE_NOOP, Words, english
from composer.routes.look_memory import ACCOUNT_WIDE, LookFacts, LookMemory, memory_for

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient
    from composer.heygen.v3 import V3Api
    from composer.heygen.v3_models import Look, V3Voice
    from composer.media.clips import ClipCache

AUTH, NETWORK = "auth", "network"
Known = tuple["ClipCache", LookMemory]
KINDS = {
    "studio_avatar": QT_TRANSLATE_NOOP("Doctor", "HeyGen studio avatar"),
    "digital_twin": QT_TRANSLATE_NOOP("Doctor", "your digital twin"),
    "photo_avatar": QT_TRANSLATE_NOOP("Doctor", "photo look"),
}
ENGINES = {"avatar_iii": "Avatar III", "avatar_iv": "Avatar IV", "avatar_v": "Avatar V"}
YES, NO = QT_TRANSLATE_NOOP("Doctor", "yes"), QT_TRANSLATE_NOOP("Doctor", "no")


@dataclass(frozen=True)
class Finding:
    text: str
    detail: str = ""
    problem: bool = False


@dataclass
class Section:
    title: str
    findings: list[Finding] = field(default_factory=list)


@dataclass
class DoctorReport:
    server: str
    sections: list[Section] = field(default_factory=list)
    failure: str | None = None  # AUTH | NETWORK | None

    def as_text(self, details: bool = True) -> str:
        lines = []
        for section in self.sections:
            lines.append(section.title)
            for finding in section.findings:
                lines.append(("  ! " if finding.problem else "  - ") + finding.text)
                if details and finding.detail:
                    lines.append("      " + finding.detail)
        return "\n".join(lines)


def presenter_of(scene: Scene) -> str:
    character = scene.character
    photo = character.type == CharacterType.TALKING_PHOTO
    return ((character.talking_photo_id if photo else character.avatar_id) or "").strip()


def check_account(
    client: HeyGenClient,
    project: Project | None,
    folder: Path | None = None,
    words: Words = english,
) -> DoctorReport:
    """The whole check; HeyGen's refusal of the key or a lost connection ends it early
    with `failure` set (what was learnt so far is kept)."""
    from composer.heygen.errors import AuthError, HeyGenError
    from composer.heygen.v3 import ME_PATH, V3Api
    from composer.heygen.v3_models import parse_account
    from composer.media.clips import ClipCache
    from composer.routes.exact_plan import clip_folder

    api = V3Api(client)
    report = DoctorReport(urlsplit(client.base_url).netloc)
    account = Section(words(QT_TRANSLATE_NOOP("Doctor", "Your HeyGen account")))
    report.sections.append(account)
    try:
        me = api._get(ME_PATH)
        _account(account, me, parse_account(me), words)
        if project is not None:
            cache = ClipCache(folder or clip_folder(), source=client.source)  # as the route
            memory = memory_for(cache.folder, client.base_url, me)
            _project(report, api, project, (cache, memory), words)
    except AuthError as exc:
        account.findings.append(Finding(str(exc), "HTTP 401/403", problem=True))
        report.failure = AUTH
    except HeyGenError as exc:
        said = words(QT_TRANSLATE_NOOP("Doctor", "Couldn't reach HeyGen: {reason}"))
        account.findings.append(Finding(said.format(reason=exc), exc.kind, problem=True))
        report.failure = NETWORK
    return report


def _account(section: Section, me: dict[str, Any], account: Any, words: Words) -> None:
    section.findings.append(Finding(words(QT_TRANSLATE_NOOP("Doctor", "Your API key works.")),
                                    "GET /v3/users/me"))  # fmt: skip
    who = " ".join(str(me.get(k) or "") for k in ("first_name", "last_name")).strip()
    who = who or str(me.get("username") or me.get("email") or "")
    if who:
        text = words(QT_TRANSLATE_NOOP("Doctor", "Account: {who}")).format(who=who)
        section.findings.append(Finding(text, f"billing_type {account.billing_type}"))
    if account.amount is None:
        text = words(QT_TRANSLATE_NOOP("Doctor", "Balance: HeyGen did not say."))
    else:
        left = amount_text(account.amount, account.unit, words)
        text = words(QT_TRANSLATE_NOOP("Doctor", "Balance: {amount} left")).format(amount=left)
    section.findings.append(
        Finding(text, f"billing_type {account.billing_type}, unit {account.unit}")
    )


def _project(
    report: DoctorReport, api: V3Api, project: Project, known: Known, words: Words
) -> None:
    """`known`: the clip cache and what HeyGen said of the account's looks."""
    memory = known[1]
    looks = {look.look_id: look for look in api.looks()}
    report.sections.append(_looks(project, looks, memory, words))
    voices = {voice.voice_id: voice for voice in api.voices()}
    speech, eleven = api.voice_ids("starfish"), api.voice_ids("elevenlabs")
    report.sections.append(_voices(project, voices, speech, eleven, words))
    report.sections.append(_plan(project, looks, known, words))


def _scenes(project: Project, wanted: str, key: Any) -> str:
    numbers = [str(i + 1) for i, scene in enumerate(project.scenes) if key(scene) == wanted]
    return ", ".join(numbers)


def _looks(project: Project, looks: dict[str, Look], memory: LookMemory, words: Words) -> Section:
    section = Section(words(QT_TRANSLATE_NOOP("Doctor", "The project's presenters")))
    for look_id in dict.fromkeys(filter(None, map(presenter_of, project.scenes))):
        look = looks.get(look_id)
        scenes = _scenes(project, look_id, presenter_of)
        if look is None:
            text = words(QT_TRANSLATE_NOOP(
                "Doctor", "The presenter of scene(s) {scenes} is not in this HeyGen account."
            )).format(scenes=scenes)  # fmt: skip
            section.findings.append(Finding(text, f"look id {look_id}", problem=True))
            continue
        engines = ", ".join(ENGINES.get(e, e) for e in look.supported_api_engines) or "-"
        text = words(QT_TRANSLATE_NOOP(
            "Doctor", "{name} ({kind}): engines {engines}; transparent clip: {webm}"
        )).format(name=look.name, kind=words(KINDS.get(look.avatar_type, look.avatar_type)),
                  engines=engines, webm=_webm_words(memory.facts(look_id), words))  # fmt: skip
        detail = (f"look id {look_id}; avatar_type {look.avatar_type}; supported_api_engines "
                  f"{list(look.supported_api_engines)}")  # fmt: skip
        section.findings.append(Finding(text, detail))
    return section


def _webm_words(facts: LookFacts, words: Words) -> str:
    if facts.webm:
        return words(YES)
    if facts.webm is None:
        return words(QT_TRANSLATE_NOOP("Doctor", "not asked yet"))
    if facts.webm_refusal == "plan":
        return words(QT_TRANSLATE_NOOP("Doctor", "not on your plan"))
    return words(QT_TRANSLATE_NOOP("Doctor", "not for this look"))


def _voice_of(scene: Scene) -> str:
    voice = scene.voice
    return (voice.voice_id or "").strip() if voice.type == VoiceType.TEXT else ""


def _voices(
    project: Project,
    voices: dict[str, V3Voice],
    speech: set[str],
    eleven: set[str],
    words: Words,
) -> Section:
    section = Section(words(QT_TRANSLATE_NOOP("Doctor", "The project's voices")))
    for voice_id in dict.fromkeys(filter(None, map(_voice_of, project.scenes))):
        voice = voices.get(voice_id)
        if voice is None:
            text = words(QT_TRANSLATE_NOOP(
                "Doctor", "The voice of scene(s) {scenes} is not in this HeyGen account."
            )).format(scenes=_scenes(project, voice_id, _voice_of))  # fmt: skip
            section.findings.append(Finding(text, f"voice id {voice_id}", problem=True))
            continue
        name = voice.name + (f" ({voice.language})" if voice.language else "")
        if voice.kind == "private":
            name += " - " + words(QT_TRANSLATE_NOOP("Doctor", "your cloned voice"))
        text = words(QT_TRANSLATE_NOOP(
            "Doctor", "{name}: HeyGen speech for rehearsals: {speech}; ElevenLabs tuning: {eleven}"
        )).format(name=name, speech=words(YES if voice_id in speech else NO),
                  eleven=words(YES if voice_id in eleven else NO))  # fmt: skip
        engines = [
            e for e, ids in (("starfish", speech), ("elevenlabs", eleven)) if voice_id in ids
        ]
        section.findings.append(Finding(text, f"voice id {voice_id}; engines {engines}"))
    return section


def _plan(project: Project, looks: dict[str, Look], known: Known, words: Words) -> Section:
    """What the project's route will do with each scene."""
    from composer.routes.registry import route_class

    route = route_class(project.route or "v2")
    title = words(QT_TRANSLATE_NOOP("Doctor", "What Submit will do ({route})"))
    section = Section(title.format(route=words(route.label)))
    for index, scene in enumerate(project.scenes):
        look = looks.get(presenter_of(scene))
        who = look.name if look else words(QT_TRANSLATE_NOOP("Doctor", "no presenter"))
        does = _scene_plan(route.name, scene, look, project.height, known, words)
        text = words(QT_TRANSLATE_NOOP("Doctor", "Scene {number}: {who} - {does}"))
        detail = f"route {route.name}" + (f"; avatar_type {look.avatar_type}" if look else "")
        section.findings.append(Finding(text.format(number=index + 1, who=who, does=does), detail))
    return section


def _scene_plan(
    route: str, scene: Scene, look: Look | None, height: int, known: Known, words: Words
) -> str:
    if route == "v2":
        return words(QT_TRANSLATE_NOOP("Doctor", "one scene of a v2 video"))
    if route == "v3":
        return words(QT_TRANSLATE_NOOP("Doctor", "one scene of HeyGen's studio video"))
    cache, memory = known
    if cache.find(scene, height) is not None:
        return words(QT_TRANSLATE_NOOP("Doctor", "already rendered: composed on this computer"))
    facts, account = memory.facts(presenter_of(scene)), memory.facts(ACCOUNT_WIDE)
    removal = words(QT_TRANSLATE_NOOP("Doctor", "background removal (+{cost})")).format(
        cost=_removal_cost(scene, words)
    )
    if facts.webm:
        return words(QT_TRANSLATE_NOOP("Doctor", "transparent clip (webm)"))
    if facts.webm is False and account.background_removal is False:
        return words(QT_TRANSLATE_NOOP(
            "Doctor", "key colour (only if the backdrop it was filmed on is one plain colour)"
        ))  # fmt: skip
    if facts.webm is False:
        return removal
    if look is not None and look.avatar_type == "studio_avatar":
        return words(QT_TRANSLATE_NOOP("Doctor", "transparent clip (webm), if your plan allows"))
    template = QT_TRANSLATE_NOOP("Doctor", "transparent clip asked first, else {removal}")
    return words(template).format(removal=removal)


def _removal_cost(scene: Scene, words: Words) -> str:
    rate = load_rules().route("exact")
    seconds = scene_length(scene).seconds
    if seconds is None:
        return "?"
    return amount_text(seconds / 60 * rate.removal_per_minute, rate.unit, words)
