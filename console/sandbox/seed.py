"""The demo agency: deterministic for a seed number, relative to the sandbox's "now"."""

from __future__ import annotations

import random
import secrets
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from console.sandbox.db import Db, Doc, dumps
from console.sandbox.demo_data import CLIENT_FIRST, CLIENT_LAST, HOURS, MEETING_TYPES, PROS, Pro
from console.sandbox.domain.appointments import (
    INSERT_APPOINTMENT,
    appointment_row,
    build_appointment,
)
from console.sandbox.domain.availability import INSERT_AVAILABILITY, exception_doc
from console.sandbox.domain.credentials import INSERT_CREDENTIAL
from console.sandbox.domain.meeting_types import (
    DEFAULT_DAYS_INTO_FUTURE,
    DEFAULT_OPTIONS,
    INSERT_MEETING_TYPE,
    meeting_type_row,
)
from console.sandbox.domain.pages import page_doc
from console.sandbox.domain.parts import Domain
from console.sandbox.domain.users import INSERT_USER, user_row
from console.sandbox.model import iso, slugify
from console.scheduling.schedule import WEEKDAYS, WeeklySchedule


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def new_demo_credentials() -> tuple[str, str]:
    """A fresh demo API key and PAT: secrets, never derived from the seed (which is the same
    on every install, so a derived key would be known to anyone)."""
    return f"ak_live:{uuid.uuid4()}:{secrets.token_hex(16)}", f"rgo-{secrets.token_hex(20)}"


def seed_demo(db: Db, now: datetime, seed: int, credentials: tuple[str, str] | None = None) -> None:
    """Insert the demo agency in one transaction (fast enough for a sub-second start).

    The data follows from ``seed``; the demo key and PAT are ``credentials`` (fresh when None).
    """
    rng = random.Random(seed)
    company_id = _uuid(rng)
    owner_id = _uuid(rng)
    # Drawn and dropped, so every later draw (ids, names, appointments) keeps its place.
    _uuid(rng)
    rng.getrandbits(128)
    rng.getrandbits(160)
    api_key, pat = credentials or new_demo_credentials()
    users: list[tuple[Any, ...]] = []
    avs: list[tuple[Any, ...]] = []
    mts: list[tuple[Any, ...]] = []
    appts: list[tuple[Any, ...]] = []
    pages: list[tuple[Any, ...]] = []
    exception_id = 0

    def user_doc(
        uid: str,
        given: str,
        family: str,
        email: str,
        slug: str,
        tz: str,
        admin: bool,
        user_type: str,
        created: datetime,
        lang: str,
    ) -> Doc:
        return {
            "id": uid,
            "email": email,
            "givenName": given,
            "familyName": family,
            "fullName": f"{given} {family}",
            "slug": slug,
            "timezone": tz,
            "companyId": company_id,
            "userType": user_type,
            "isAdmin": admin,
            "title": None,
            "language": lang,
            "phone": None,
            "picture": None,
            "createdAt": iso(created),
            "updatedAt": iso(created),
            "deletedAt": None,
            "defaultAvailabilityId": None,
        }

    def add_user(user: Doc) -> None:
        users.append(user_row(user, db.next_seq()))

    def availability(
        uid: str, tz: str, hours: dict[str, list[tuple[str, str]]], exceptions: list[Doc]
    ) -> Doc:
        schedule = WeeklySchedule.closed()
        for day, intervals in hours.items():
            schedule = schedule.with_day(day, intervals)
        av = {
            "id": _uuid(rng),
            "name": "Sprechzeiten" if tz.startswith("Europe/") else "Working hours",
            "userId": uid,
            "timezone": tz,
            "schedule": schedule.to_wire(),
            "availabilityExceptions": exceptions,
            "isDefault": True,
            "useExplicitAvailability": False,
            "explicitAvailabilityEventTitle": None,
            "createdAt": iso(now - timedelta(days=120)),
            "deletedAt": None,
        }
        avs.append((av["id"], uid, db.next_seq(), dumps(av)))
        return av

    def meeting_type(user: Doc, av_id: str, spec: tuple[str, int, int, int, int | None]) -> Doc:
        name, duration, before, after, interval = spec
        mt = {
            "id": _uuid(rng),
            "slug": slugify(name),
            "userId": user["id"],
            "companyId": company_id,
            "queueId": None,
            "workspaceId": None,
            "isGlobalQueue": False,
            "createdById": user["id"],
            "availabilityId": av_id,
            "spots": 1,
            "enabled": True,
            "locations": [],
            "metadata": {},
            "meetingInfo": {
                "name": name,
                "description": "",
                "duration": duration,
                "channel": rng.choice(("phone", "google", "zoom", "local")),
                "bufferBefore": before,
                "bufferAfter": after,
                "color": "#0a7cff",
            },
            "meetingOptions": dict(DEFAULT_OPTIONS),
            "timeslotInterval": interval,
            "bookingMinimum": rng.choice((0, 60, 120, 1440)),
            "daysIntoFuture": dict(DEFAULT_DAYS_INTO_FUTURE),
            "createdAt": user["createdAt"],
            "updatedAt": user["createdAt"],
            "deletedAt": None,
        }
        mts.append(meeting_type_row(mt, db.next_seq()))
        return mt

    owner = user_doc(
        owner_id,
        "Katharina",
        "Vogt",
        "katharina.vogt@demo-agentur.example",
        "katharina-vogt",
        "Europe/Berlin",
        True,
        "standard",
        now - timedelta(days=400),
        "de",
    )
    owner_av = availability(owner_id, "Europe/Berlin", HOURS[0], [])
    owner["defaultAvailabilityId"] = owner_av["id"]
    add_user(owner)
    meeting_type(owner, owner_av["id"], ("Agentur-Kennenlernen", 30, 0, 10, None))
    pages.append((owner_id, dumps(_page(owner_id, "Demo-Agentur Vogt & Partner"))))

    today = now.date()
    for pro in PROS:
        uid = _uuid(rng)
        slug = _slug(pro)
        email = f"{slug.replace('-', '.')}@demo-agentur.example"
        user = user_doc(
            uid,
            pro.given,
            pro.family,
            email,
            slug,
            pro.timezone,
            False,
            "api-platform",
            now - timedelta(days=rng.randint(30, 300)),
            "en" if pro.english else "de",
        )
        hours = rng.choice(HOURS)
        tz = ZoneInfo(pro.timezone)
        exceptions: list[Doc] = []
        # A vacation day in the coming weeks and, for some, an extra Saturday morning.
        blocked: set[date] = set()
        off = today + timedelta(days=rng.randint(3, 20))
        exception_id += 1
        exceptions.append(
            _exception(
                exception_id,
                uid,
                datetime.combine(off, datetime.min.time(), tz),
                datetime.combine(off + timedelta(days=1), datetime.min.time(), tz),
                False,
                "Urlaub" if not pro.english else "Day off",
                now,
            )
        )
        blocked.add(off)
        if rng.random() < 0.3:
            extra = today + timedelta(days=(5 - today.weekday()) % 7 + 7)
            exception_id += 1
            exceptions.append(
                _exception(
                    exception_id,
                    uid,
                    datetime.combine(extra, datetime.min.time(), tz).replace(hour=9),
                    datetime.combine(extra, datetime.min.time(), tz).replace(hour=12),
                    True,
                    "Samstagstermine" if not pro.english else "Saturday clinic",
                    now,
                )
            )
        av = availability(uid, pro.timezone, hours, exceptions)
        user["defaultAvailabilityId"] = av["id"]
        add_user(user)
        specs = MEETING_TYPES[(pro.profession, pro.english)]
        count = rng.randint(2, min(4, len(specs)))
        types = [meeting_type(user, av["id"], spec) for spec in specs[:count]]
        pages.append((uid, dumps(_page(uid, f"{pro.given} {pro.family}"))))
        # Appointments: a few per working day, three weeks back and three weeks ahead.
        for offset in range(-21, 22):
            day = today + timedelta(days=offset)
            intervals = hours.get(WEEKDAYS[day.weekday()], [])
            if not intervals or day in blocked:
                continue
            taken: list[tuple[datetime, datetime]] = []
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                mt = rng.choice(types)
                begin, finish = rng.choice(intervals)
                start_local = datetime.combine(day, datetime.strptime(begin, "%H:%M").time(), tz)
                end_local = datetime.combine(day, datetime.strptime(finish, "%H:%M").time(), tz)
                length = timedelta(minutes=mt["meetingInfo"]["duration"])
                gap = timedelta(
                    minutes=mt["meetingInfo"]["bufferBefore"] + mt["meetingInfo"]["bufferAfter"]
                )
                steps = int((end_local - start_local - length).total_seconds() // 1800)
                if steps < 0:
                    continue
                start = start_local + timedelta(minutes=30 * rng.randint(0, steps))
                end = start + length
                if any(start < e + gap and s < end + gap for s, e in taken):
                    continue
                taken.append((start, end))
                appt = _client_appointment(
                    rng,
                    mt,
                    user,
                    start,
                    lambda begins: min(now, begins) - timedelta(days=rng.randint(1, 14)),
                )
                if (start < now and rng.random() < 0.1) or (start > now and rng.random() < 0.05):
                    _cancelled_by_attendee(appt)
                appts.append(appointment_row(appt))

    with db.transaction():
        db.many(INSERT_USER, users)
        db.many(INSERT_AVAILABILITY, avs)
        db.many(INSERT_MEETING_TYPE, mts)
        db.many(INSERT_APPOINTMENT, appts)
        db.many("INSERT INTO personal_pages (user_id, doc) VALUES (?, ?)", pages)
        db.many(
            INSERT_CREDENTIAL,
            [
                (api_key, "api_key", owner_id, company_id, None),
                (pat, "pat", owner_id, company_id, None),
            ],
        )
        for key, value in (
            ("demo_api_key", api_key),
            ("demo_pat", pat),
            ("owner_user_id", owner_id),
            ("company_id", company_id),
            ("exception_seq", str(exception_id)),
            ("demo_user_ids", ",".join(u[0] for u in users)),
        ):
            db.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _slug(pro: Pro) -> str:
    return slugify(f"{pro.given} {pro.family}")


def _exception(
    ex_id: int, uid: str, start: datetime, end: datetime, available: bool, title: str, now: datetime
) -> Doc:
    return exception_doc(ex_id, uid, start, end, available, title, None, now)


def _page(uid: str, title: str) -> Doc:
    return page_doc(uid, primaryColor="#0a7cff", secondaryColor="#ffffff", headerTitle=title)


#: Top up when the demo's newest future appointment is less than this far ahead …
STALE_AFTER = timedelta(days=14)
#: … and fill the calendars up to this many days ahead (the seed's own horizon).
TOP_UP_DAYS = 21


def top_up_demo(domain: Domain, seed: int) -> int:
    """Keep a persisted demo alive: add future appointments when the seeded ones ran out.

    Runs on every start of an already-seeded data folder. When the newest future appointment of
    the demo professionals starts less than :data:`STALE_AFTER` from now, each professional's
    calendar is filled from the day after their newest appointment (or tomorrow) through
    :data:`TOP_UP_DAYS` days ahead, at starts their meeting types list as free right now, so
    hours, holidays, exceptions, buffers and anything booked meanwhile are honoured. Users the
    operator created are never touched. Deterministic for (seed, today's date, user); no
    webhooks fire, as for the seed. Returns the number of appointments added.
    """
    db = domain.ctx.db
    now = domain.ctx.now()
    demo_ids = _demo_user_ids(db)
    if not demo_ids:
        return 0
    marks = ",".join("?" * len(demo_ids))
    newest = db.one(
        f"SELECT MAX(start) FROM appointments WHERE cancelled = 0 AND host_id IN ({marks})",
        demo_ids,
    )
    if newest and newest[0] and newest[0] >= iso(now + STALE_AFTER):
        return 0
    today = now.date()
    horizon = now + timedelta(days=TOP_UP_DAYS)
    rows: list[tuple[Any, ...]] = []
    for user_id in demo_ids:
        user = domain.users.get_or_none(user_id)
        if user is None or user.get("isAdmin"):
            continue  # deleted meanwhile, or the owner (the seed gives her no appointments)
        types = domain.meeting_types.of_user(user_id)
        if not types:
            continue
        last = db.one(
            "SELECT MAX(start) FROM appointments WHERE host_id = ? AND cancelled = 0", (user_id,)
        )
        tz = ZoneInfo(user["timezone"])
        begin = now
        if last and last[0] and last[0] > iso(now):
            last_day = datetime.fromisoformat(last[0]).astimezone(tz).date()
            begin = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), tz)
        if begin >= horizon:
            continue
        rng = random.Random(f"{seed}:{today.isoformat()}:{user_id}")
        free = {mt["id"]: domain.slots.compute(mt, begin, horizon) for mt in types}
        # (start - buffer before, end + buffer after, start, end) of what this loop added.
        taken: list[tuple[datetime, datetime, datetime, datetime]] = []
        by_day: dict[date, list[tuple[Doc, datetime]]] = {}
        for mt in types:
            for start in free[mt["id"]]:
                by_day.setdefault(start.astimezone(tz).date(), []).append((mt, start))
        for day in sorted(by_day):
            candidates = by_day[day]
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                mt, start = candidates[rng.randrange(len(candidates))]
                info = mt["meetingInfo"]
                end = start + timedelta(minutes=int(info["duration"]))
                before = timedelta(minutes=int(info.get("bufferBefore") or 0))
                after = timedelta(minutes=int(info.get("bufferAfter") or 0))
                # Both ways round, so a cancelled one's start is offered again afterwards.
                if any(
                    (start - before < e and s < end + after) or (start < pad_e and pad_s < end)
                    for pad_s, pad_e, s, e in taken
                ):
                    continue
                taken.append((start - before, end + after, start, end))
                rows.append(_demo_appointment(rng, mt, user, start, now))
    if rows:
        with db.transaction():
            db.many(INSERT_APPOINTMENT, rows)
    db.set_meta("topped_up_at", iso(now))
    return len(rows)


def _demo_user_ids(db: Db) -> list[str]:
    stored = db.get_meta("demo_user_ids")
    if stored is not None:
        return [u for u in stored.split(",") if u]
    # Folders seeded before the ids were recorded: the seed's people share one mail domain.
    return [
        r[0]
        for r in db.all(
            "SELECT id FROM users WHERE email LIKE '%@demo-agentur.example' ORDER BY seq"
        )
    ]


def _demo_appointment(
    rng: random.Random,
    mt: Doc,
    user: Doc,
    start: datetime,
    now: datetime,
) -> tuple[Any, ...]:
    appt = _client_appointment(
        rng,
        mt,
        user,
        start,
        lambda _begins: now - timedelta(days=rng.randint(0, 6), minutes=rng.randint(0, 600)),
    )
    if rng.random() < 0.05:
        _cancelled_by_attendee(appt)
    return appointment_row(appt)


def _client_appointment(
    rng: random.Random, mt: Doc, user: Doc, start: datetime, created: Callable[[datetime], datetime]
) -> Doc:
    """A demo client's appointment at ``start``; ``created(start)`` is called after the
    client's name is drawn, so every draw from ``rng`` keeps its place and a seed gives the
    same demo."""
    first, last = rng.choice(CLIENT_FIRST), rng.choice(CLIENT_LAST)
    attendee = {
        "email": slugify(f"{first}.{last}{rng.randint(1, 99)}").replace("-", ".")
        + "@kunden.example",
        "firstname": first,
        "lastname": last,
        "language": user.get("language") or "de",
    }
    appt = build_appointment(mt, user, start, attendee, created=created(start))
    appt["id"] = _uuid(rng)
    appt["secret"] = f"{rng.getrandbits(96):024x}"
    appt["attendees"][0]["id"] = _uuid(rng)
    appt["attendeeIds"] = [appt["attendees"][0]["id"]]
    return appt


def _cancelled_by_attendee(appt: Doc) -> None:
    appt["isCancelled"] = True
    appt["cancel"] = {
        "actionSource": "attendee",
        "actionAt": appt["createdAt"],
        "actionBy": None,
        "reason": "Terminkonflikt",
    }
