"""A deterministic generator of news-like articles: invented outlets, dates, people, places, numbers.

    python -m benchmarks.corpus --chunks 10000          # -> benchmarks/data/corpus-10000.jsonl

Each article is a wire-style story: a headline, a dateline, a lead, quoted statements attributed to
named officials, figures, background paragraphs and a closing line, drawn from templates across
twelve beats (economy, health, transport, ...) with many invented names, places and numbers, so that
BM25 and the dense model both see realistic, varied text rather than repeats. Size is counted in the
baseline's chunks (RecursiveCharacterTextSplitter, 1000 characters with 200 overlap: about 920
characters of new text each), which is what "1k/10k/100k chunks" means in the benchmark.
The output is the `.jsonl` format that `factcheck ingest` reads, and is git-ignored.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CHARS_PER_CHUNK = 920  # article text per baseline chunk (1000-character chunks, 200 overlap, split at paragraphs)

FIRST = [
    "Amara",
    "Brenna",
    "Caius",
    "Dalia",
    "Emeric",
    "Farah",
    "Gideon",
    "Halla",
    "Ivo",
    "Jana",
    "Kofi",
    "Lenka",
    "Mateo",
    "Nadia",
    "Orin",
    "Petra",
    "Quentin",
    "Rosa",
    "Soren",
    "Talia",
    "Ugo",
    "Vesna",
    "Wendell",
    "Xenia",
    "Yusuf",
    "Zora",
    "Anselm",
    "Bettina",
    "Cyrus",
    "Delphine",
    "Elias",
    "Fenna",
    "Gregor",
    "Hana",
    "Ilya",
    "Junia",
    "Kasimir",
    "Liv",
    "Marius",
    "Noor",
    "Oskar",
    "Pia",
    "Rafael",
    "Selma",
    "Tobias",
    "Una",
    "Viktor",
    "Willa",
    "Yara",
    "Zeno",
]
LAST = [
    "Adebayo",
    "Brandt",
    "Castellan",
    "Dimitrov",
    "Eklund",
    "Ferreira",
    "Grimaldi",
    "Haverkamp",
    "Ivanova",
    "Jansen",
    "Kowalczyk",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quiroga",
    "Rahman",
    "Sandoval",
    "Takahashi",
    "Umarov",
    "Valdez",
    "Weller",
    "Xu",
    "Yilmaz",
    "Zielinski",
    "Abara",
    "Bellweather",
    "Corrigan",
    "Dufresne",
    "Esposito",
    "Fairbanks",
    "Gallagher",
    "Holloway",
    "Iwu",
    "Jovanovic",
    "Kaminski",
    "Larsen",
    "Mbeki",
    "Novak",
    "Olsen",
    "Pereira",
    "Rasmussen",
    "Stavros",
    "Torvalds",
    "Underwood",
    "Vasquez",
    "Whitcombe",
]
PLACES = [
    "Aldermoor",
    "Brackwater",
    "Calderon",
    "Dunmere",
    "Eastvale",
    "Fernhollow",
    "Glenmarch",
    "Harrowgate",
    "Istrana",
    "Jessop",
    "Kelvara",
    "Lowmarsh",
    "Marrowby",
    "Northcastle",
    "Oakridge",
    "Pellham",
    "Quarrytown",
    "Ravensholt",
    "Saltmere",
    "Thornbury",
    "Ulverdale",
    "Vantmoor",
    "Westerly",
    "Yarrowfield",
    "Zennor",
    "Ashcombe",
    "Bramblecross",
    "Coldharbour",
    "Driftwood",
    "Embervale",
]
COUNTRIES = [
    "Valdoria",
    "Kestria",
    "Morovia",
    "Zantar",
    "Belmaris",
    "Ostreva",
    "Caldria",
    "Ruvenia",
    "Tessaly",
    "Norvania",
    "Arkadia",
    "Lusitra",
]
OUTLETS = [
    "The Aldermoor Courier",
    "Northern Ledger",
    "Daily Meridian",
    "The Harbour Post",
    "Evening Sentinel",
    "Capital Wire",
    "The Morning Standard",
    "Riverside Gazette",
    "Continental Dispatch",
    "The Civic Record",
    "Valley Herald",
    "Metro Observer",
    "The Eastern Chronicle",
    "Public Bulletin",
    "Wire Service International",
    "The Weekly Examiner",
    "Coastal Times",
    "The Federal Voice",
    "Newsline Today",
    "The Independent Monitor",
]
ROLES = [
    "minister for {beat}",
    "spokesperson for the {org}",
    "director of the {org}",
    "mayor of {place}",
    "chief executive of {company}",
    "senior analyst at {company}",
    "chair of the {org}",
    "deputy governor of {place}",
    "professor at the University of {place}",
    "union representative in {place}",
]
COMPANIES = [
    "Halvorsen Group",
    "Quantis Energy",
    "Brightwell Logistics",
    "Meridian Rail",
    "Oakstone Capital",
    "Vireo Health",
    "Northgate Foods",
    "Solenne Motors",
    "Tidewater Shipping",
    "Granite Telecom",
    "Lumen Pharma",
    "Cobalt Mining",
]
BEATS = {
    "economy": (
        ["inflation", "interest rates", "the budget", "public debt", "wages", "the housing market"],
        ["Treasury", "Central Bank", "Finance Ministry", "Statistics Office"],
    ),
    "health": (
        ["hospital waiting lists", "the vaccination campaign", "nurse staffing", "the flu season", "drug prices"],
        ["Health Ministry", "National Health Agency", "Nurses' Union", "Medical Council"],
    ),
    "transport": (
        ["the rail strike", "the new motorway", "bus fares", "the airport expansion", "road safety"],
        ["Transport Authority", "Rail Regulator", "Aviation Board", "Drivers' Association"],
    ),
    "energy": (
        ["electricity prices", "the wind farm", "gas supplies", "the nuclear plant", "fuel subsidies"],
        ["Energy Ministry", "Grid Operator", "Energy Regulator", "Climate Council"],
    ),
    "education": (
        ["school funding", "teacher shortages", "exam results", "university fees", "the school meals plan"],
        ["Education Ministry", "Teachers' Federation", "Schools Inspectorate", "Student Union"],
    ),
    "defence": (
        ["the border patrols", "the arms contract", "troop deployments", "the naval exercise", "cyber attacks"],
        ["Defence Ministry", "Joint Command", "Security Council", "Veterans' League"],
    ),
    "environment": (
        ["the flood defences", "air pollution", "the drought", "river contamination", "the forest fires"],
        ["Environment Agency", "Water Board", "Conservation Trust", "Climate Council"],
    ),
    "justice": (
        ["the corruption trial", "prison overcrowding", "the police reform", "the court backlog", "the new bail law"],
        ["Justice Ministry", "Supreme Court", "Police Federation", "Bar Association"],
    ),
    "technology": (
        ["the data breach", "broadband rollout", "the chip factory", "online safety rules", "the AI guidelines"],
        ["Digital Agency", "Data Protection Office", "Telecoms Regulator", "Technology Council"],
    ),
    "trade": (
        ["the tariff dispute", "grain exports", "the free trade deal", "port congestion", "steel imports"],
        ["Trade Ministry", "Customs Service", "Chamber of Commerce", "Exporters' Council"],
    ),
    "housing": (
        ["rent controls", "the social housing plan", "building permits", "homelessness", "mortgage arrears"],
        ["Housing Ministry", "Tenants' Union", "Planning Board", "Builders' Federation"],
    ),
    "agriculture": (
        ["the harvest", "livestock disease", "farm subsidies", "fertiliser costs", "the milk price"],
        ["Agriculture Ministry", "Farmers' Union", "Food Standards Agency", "Rural Council"],
    ),
}
VERBS_UP = ["rose", "climbed", "jumped", "increased", "grew"]
VERBS_DOWN = ["fell", "dropped", "declined", "slipped", "eased"]
HEADLINES = [
    "{Topic} {dir} as {org} warns of {risk}",
    "{person_last} vows action on {topic} in {place}",
    "{org} under pressure over {topic}",
    "{country} and {country2} clash over {topic}",
    "{place} braces for {topic} after {org} decision",
    "New figures show {topic} {dir} by {pct} per cent",
    "{person_last} rules out {action} on {topic}",
    "Talks on {topic} end without agreement in {place}",
]
LEADS = [
    "{place}, {date} — The {org} said on {weekday} that {topic} had {dir} by {pct} per cent over the past "
    "{months} months, the sharpest change since {year}.",
    "{place}, {date} — {role_cap} {person} announced a review of {topic} on {weekday}, saying the current "
    "approach had cost {money} and failed to reach {num} families.",
    "{place}, {date} — Officials in {country} moved on {weekday} to contain {topic}, as the {org} reported "
    "{num} new cases and warned that the figure could double by {month}.",
    "{place}, {date} — The government of {country} will not {action} on {topic} this year, {person}, the "
    "{role}, told reporters on {weekday}.",
]
BODY = [
    '"We are not going to {action} while {topic} remains this uncertain," {person_last} said.',
    '"The numbers speak for themselves: {num} people in {place} are affected," said {person}, the {role}.',
    "According to the {org}, spending on {topic} reached {money} in {year}, up from {money2} a year earlier.",
    "The {org} said {pct} per cent of respondents in {place} supported the plan, while {pct2} per cent opposed it.",
    "Critics, including {person}, argued that the measures would take at least {months} months to show results.",
    "{person_last}, who has led the {org} since {year}, said further steps would be announced in {month}.",
    "In {place}, residents described queues stretching for {num2} metres outside council offices.",
    "The opposition accused the government of ignoring warnings about {topic} issued in {month} {year}.",
    "Figures published on {weekday} showed that {topic} {dir} in {num3} of the {num4} regions surveyed.",
    "{company} said the changes would cost it {money} and could put {num} jobs at risk in {place}.",
    "The talks between {country} and {country2} are expected to resume on {weekday} in {place2}.",
    '"There is no plan to {action}, and there never was," the {role} insisted in a statement.',
    "Analysts at {company} expect {topic} to remain under pressure until at least {year2}.",
    "{person} told the {outlet} that the {org} had received {num} complaints since {month}.",
    "A report by the {org} found that delays had increased by {pct} per cent in {place} alone.",
    "The plan, first proposed by {person_last} in {year}, was approved by {num5} votes to {num6}.",
    "Protesters gathered outside the {org} offices in {place} on {weekday}, calling for action on {topic}.",
    "Officials said a decision on {topic} would follow a consultation lasting {months} weeks.",
]
CLOSERS = [
    "The {org} is due to publish its next report on {topic} in {month}.",
    "Neither {person_last} nor the {org} responded to requests for further comment.",
    "A parliamentary vote on the measures is expected before the end of {month}.",
    "Additional reporting by {person}.",
]
ACTIONS = [
    "raise taxes",
    "cut funding",
    "send troops",
    "delay the vote",
    "lift the ban",
    "impose new limits",
    "freeze spending",
    "reopen negotiations",
    "close the border",
    "sell the stake",
]
RISKS = ["shortages", "further delays", "job losses", "a funding gap", "unrest", "rising costs"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(template: str, r: random.Random, ctx: dict[str, str]) -> str:
    vals = dict(ctx)
    vals.update(
        pct=str(r.randint(2, 68)),
        pct2=str(r.randint(2, 40)),
        num=f"{r.randint(120, 98000):,}",
        num2=str(r.randint(50, 900)),
        num3=str(r.randint(3, 9)),
        num4=str(r.randint(10, 16)),
        num5=str(r.randint(160, 240)),
        num6=str(r.randint(40, 150)),
        months=str(r.randint(2, 18)),
        money=f"{r.randint(2, 950)} million {r.choice(['euros', 'dollars', 'crowns'])}",
        money2=f"{r.randint(2, 950)} million",
        year=str(r.randint(2009, 2023)),
        year2=str(r.randint(2025, 2029)),
        month=r.choice(MONTHS),
        weekday=r.choice(WEEKDAYS),
        place2=r.choice(PLACES),
        country2=r.choice(COUNTRIES),
        company=r.choice(COMPANIES),
        action=r.choice(ACTIONS),
        risk=r.choice(RISKS),
        dir=r.choice(VERBS_UP + VERBS_DOWN),
    )
    if r.random() < 0.5:  # a second voice in the story
        vals.update(person=ctx["person2"], person_last=ctx["person2"].split()[-1], role=ctx["role2"])
    out = template.format(**vals)
    return out[0].upper() + out[1:]


def article(r: random.Random, n: int) -> dict[str, str]:
    beat = r.choice(list(BEATS))
    topics, orgs = BEATS[beat]
    place, country = r.choice(PLACES), r.choice(COUNTRIES)
    org, company = r.choice(orgs), r.choice(COMPANIES)
    people = [f"{r.choice(FIRST)} {r.choice(LAST)}" for _ in range(2)]
    roles = [r.choice(ROLES).format(beat=beat, org=org, place=place, company=company) for _ in range(2)]
    day = date(2023, 1, 1) + timedelta(days=r.randint(0, 729))
    outlet = r.choice(OUTLETS)
    topic = r.choice(topics)
    ctx = {
        "topic": topic,
        "Topic": topic[0].upper() + topic[1:],
        "org": org,
        "place": place,
        "country": country,
        "person": people[0],
        "person_last": people[0].split()[-1],
        "role": roles[0],
        "role_cap": roles[0][0].upper() + roles[0][1:],
        "person2": people[1],
        "role2": roles[1],
        "outlet": outlet,
        "date": day.strftime("%d %B %Y").lstrip("0"),
    }
    paragraphs = [_fill(r.choice(LEADS), r, ctx)]
    for _ in range(r.randint(5, 11)):
        paragraphs.append(" ".join(_fill(r.choice(BODY), r, ctx) for _ in range(r.randint(1, 3))))
    paragraphs.append(_fill(r.choice(CLOSERS), r, ctx))
    title = _fill(r.choice(HEADLINES), r, ctx)
    slug = "-".join(title.lower().split()[:6]).replace(",", "")
    host = outlet.lower().replace("the ", "").replace(" ", "")
    return {
        "id": f"gen-{n:07d}",
        "outlet": outlet,
        "title": title,
        "published": day.isoformat(),
        "url": f"https://www.{host}.example/{day:%Y/%m}/{slug}-{n}",
        "text": "\n\n".join(paragraphs),
    }


def generate(chunks: int, seed: int = 5, out: Path | None = None) -> Path:
    """Write about `chunks` baseline chunks' worth of articles (deterministic for a seed)."""
    path = out or DATA / f"corpus-{chunks}.jsonl"
    if path.is_file() and path.with_suffix(".done").is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed * 1_000_003 + chunks)
    budget, n = chunks * CHARS_PER_CHUNK, 0
    with path.open("w", encoding="utf-8") as fh:
        while budget > 0:
            a = article(r, n)
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
            budget -= len(a["text"])
            n += 1
    path.with_suffix(".done").write_text(str(n))
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--chunks", type=int, nargs="+", default=[1000, 10000, 100000])
    p.add_argument("--seed", type=int, default=5)
    args = p.parse_args()
    for n in args.chunks:
        print(generate(n, args.seed))


if __name__ == "__main__":
    main()
