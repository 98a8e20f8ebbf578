#!/usr/bin/env python3
"""Checks the matchmaking scenario set: territory.json (shape of demo/ecosystem.json) and labels.json.

Run from the repository root:  python3 backend/src/test/scripts/check_scenarios.py [FOLDER [MIN_PROBLEMS]]
FOLDER defaults to backend/src/test/resources/scenarios, MIN_PROBLEMS (the fewest labelled problems) to 10: a smaller
held-out set (scenarios-unseen, docs/matchmaking-scenarios.md) is checked with the same rules.
Exits with status 1 and lists every error found; prints a summary otherwise.
"""
import gzip
import json
import math
import os
import re
import sys
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), *[".."] * 4))
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(ROOT, "backend/src/test/resources/scenarios")
MIN_PROBLEMS = int(sys.argv[2]) if len(sys.argv) > 2 else 10
REFERENCE = os.path.join(ROOT, "graph-schema/src/main/resources/neo4j/reference")
DEMO = os.path.join(ROOT, "backend/src/main/resources/demo/ecosystem.json")

KINDS = {"COMPANY", "PUBLIC_BODY", "RESEARCH_LAB", "CLUSTER", "ASSOCIATION", "TRAINING_BODY", "INVESTOR", "OTHER"}
SECTORS = {"PUBLIC", "PRIVATE", "ACADEMIC", "NON_PROFIT"}
VISIBILITIES = {"PUBLIC", "MEMBERS", "FACILITATORS", "PRIVATE"}
# Sharing terms that refuse any sharing (demo data and scenarios alike).
NOT_SHARED = re.compile(r"^(pas de mise à disposition|non partageable|non partagée|usage interne)$", re.IGNORECASE)

EQUIPMENT = {"MACHINING", "FURNACE_THERMAL", "CHEMICAL_PROCESSING", "LABORATORY_ANALYSIS", "COLD_STORAGE",
             "LOGISTICS_TRANSPORT", "RECYCLING_SORTING", "ADDITIVE_MANUFACTURING", "ENERGY", "DIGITAL_COMPUTING",
             "WORKSHOP_SPACE", "AGRI_FOOD_PROCESSING", "PRODUCTION_LINE", "STORAGE_WAREHOUSE",
             "REFRIGERATED_TRANSPORT", "POWDER_METALLURGY", "OTHER"}
PROBLEM_CATEGORIES = {"INNOVATION", "INDUSTRY", "SUSTAINABILITY", "ENERGY", "TRAINING", "EMPLOYMENT", "SUPPLY",
                      "LOGISTICS", "FUNDING", "REGULATION", "OTHER"}
NEED_KINDS = {"TRADE", "KNOW_HOW", "EQUIPMENT_CATEGORY", "TOPIC"}
ACTOR_FIELDS = ["key", "kind", "sector", "name", "description", "website", "siret", "commune", "location",
                "coreTrades", "knowHow", "equipment", "topics", "problems", "contactPoints"]
# rough bounding boxes: metropolitan France, and the Grand Est region (INSEE region 44); overseas régions (01 to 06)
# are far from both, so a point there is checked against its commune's centre instead (Guyane's communes are vast)
FRANCE = (41.3, 51.2, -5.2, 9.6)
GRAND_EST = (47.4, 50.2, 3.3, 8.3)
OVERSEAS = {"01", "02", "03", "04", "06"}
OVERSEAS_KM = 100

errors = []


def error(message):
    errors.append(message)


def topic_key(name):
    decomposed = unicodedata.normalize("NFD", name.strip())
    stripped = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(stripped.split()).lower()


def covers(need_code, trade):
    """A NAF code at any level covers its subtree: "38.3" covers "38.32Z", "01" covers "01.13Z"."""
    return trade == need_code or trade.startswith(need_code + ("." if len(need_code) == 2 else ""))


def load_naf():
    levels = {}
    with open(os.path.join(REFERENCE, "naf-rev2.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            columns = line.rstrip("\n").split("\t")
            levels[columns[0]] = columns[1]
    return levels


def load_communes():
    communes = {}
    with gzip.open(os.path.join(REFERENCE, "communes.tsv.gz"), "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            columns = line.rstrip("\n").split("\t")
            communes[columns[0]] = {"name": columns[1], "departement": columns[2], "region": columns[3]}
    with gzip.open(os.path.join(REFERENCE, "commune-centres.csv.gz"), "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            columns = line.rstrip("\n").split(",")
            if columns[0] in communes and columns[-2] and columns[-1]:
                communes[columns[0]]["centre"] = (float(columns[-2]), float(columns[-1]))
    return communes


def km(a, b):
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def check_length(where, value, limit):
    if value is not None and len(value) > limit:
        error(f"{where}: longer than {limit} characters")


def check_visibility(where, item):
    if item.get("visibility") not in VISIBILITIES:
        error(f"{where}: bad visibility {item.get('visibility')!r}")


def check_territory(territory, naf, communes):
    actors = territory.get("actors")
    if not isinstance(actors, list) or not actors:
        error("territory.json: no actors")
        return {}
    by_key = {}
    names = set()
    for actor in actors:
        key = actor.get("key")
        where = f"actor {key}"
        if list(actor.keys()) != ACTOR_FIELDS:
            error(f"{where}: fields {list(actor.keys())} differ from {ACTOR_FIELDS}")
        if key in by_key:
            error(f"{where}: duplicate key")
        by_key[key] = actor
        if actor.get("name") in names:
            error(f"{where}: duplicate name {actor.get('name')}")
        names.add(actor.get("name"))
        if actor.get("kind") not in KINDS:
            error(f"{where}: bad kind {actor.get('kind')}")
        if actor.get("sector") not in SECTORS:
            error(f"{where}: bad sector {actor.get('sector')}")
        check_length(where + " name", actor.get("name"), 200)
        check_length(where + " description", actor.get("description"), 4000)
        if not str(actor.get("website", "")).startswith("https://example.org/"):
            error(f"{where}: website not under https://example.org/")
        if actor.get("siret") is not None:
            error(f"{where}: siret must be null")
        commune = communes.get(actor.get("commune"))
        location = actor.get("location")
        lat, lon = (location or {}).get("latitude"), (location or {}).get("longitude")
        if commune is None:
            error(f"{where}: commune {actor.get('commune')} is not in communes.tsv.gz")
        elif location is None:
            pass  # no precise coordinates: the service places the actor at its commune's centre
        elif not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
            error(f"{where}: location needs numeric latitude and longitude")
        elif commune["region"] in OVERSEAS:
            if "centre" not in commune or km((lat, lon), commune["centre"]) > OVERSEAS_KM:
                error(f"{where}: location {lat},{lon} is more than {OVERSEAS_KM} km from the centre of {commune['name']}")
        else:
            box = GRAND_EST if commune["region"] == "44" else FRANCE
            if not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                error(f"{where}: location {lat},{lon} is outside the box of region {commune['region']}")
        trades = actor.get("coreTrades") or []
        if not trades or len(trades) > 20:
            error(f"{where}: needs 1 to 20 core trades")
        for trade in trades:
            if trade not in naf:
                error(f"{where}: core trade {trade} is not in naf-rev2.tsv")
            elif naf[trade] != "SUBCLASS":
                error(f"{where}: core trade {trade} is a {naf[trade]}, not a SUBCLASS")
        for item in actor.get("knowHow", []):
            if set(item) != {"name", "description", "visibility"}:
                error(f"{where}: know-how fields {sorted(item)}")
            check_visibility(f"{where} know-how {item.get('name')}", item)
        for item in actor.get("equipment", []):
            if set(item) - {"shared"} != {"name", "category", "description", "capacity", "sharingTerms", "visibility"}:
                error(f"{where}: equipment fields {sorted(item)}")
            if "shared" in item and not isinstance(item["shared"], bool):
                error(f"{where}: equipment {item.get('name')} has a shared that is not true or false")
            # Terms that refuse any sharing must say so in the field matchmaking reads (true when omitted).
            if NOT_SHARED.match(item.get("sharingTerms") or "") and item.get("shared", True):
                error(f"{where}: equipment {item.get('name')} is not shared by its terms but not marked shared: false")
            if item.get("category") not in EQUIPMENT:
                error(f"{where}: equipment {item.get('name')} has bad category {item.get('category')}")
            check_length(f"{where} equipment capacity", item.get("capacity"), 500)
            check_length(f"{where} equipment sharingTerms", item.get("sharingTerms"), 1000)
            check_visibility(f"{where} equipment {item.get('name')}", item)
        for topic in actor.get("topics", []):
            if set(topic) != {"name", "visibility"}:
                error(f"{where}: topic fields {sorted(topic)}")
            check_length(f"{where} topic", topic.get("name"), 100)
            check_visibility(f"{where} topic {topic.get('name')}", topic)
        titles = set()
        for problem in actor.get("problems", []):
            pwhere = f"{where} problem {problem.get('title')!r}"
            if problem.get("title") in titles:
                error(f"{pwhere}: duplicate title for this actor")
            titles.add(problem.get("title"))
            check_length(pwhere, problem.get("title"), 200)
            check_length(pwhere + " description", problem.get("description"), 4000)
            if problem.get("category") not in PROBLEM_CATEGORIES:
                error(f"{pwhere}: bad category {problem.get('category')}")
            if problem.get("status") != "OPEN":
                error(f"{pwhere}: status must be OPEN")
            check_visibility(pwhere, problem)
            for need in problem.get("needs", []):
                kind, value = need.get("kind"), need.get("value")
                if kind not in NEED_KINDS or not isinstance(value, str) or not value.strip():
                    error(f"{pwhere}: bad need {need}")
                elif kind == "TRADE" and value.upper() not in naf:
                    error(f"{pwhere}: need trade {value} is not in naf-rev2.tsv")
                elif kind == "EQUIPMENT_CATEGORY" and value.upper() not in EQUIPMENT:
                    error(f"{pwhere}: need equipment category {value} is unknown")
                if not isinstance(need.get("essential"), bool):
                    error(f"{pwhere}: need {value} has no boolean essential")
                check_length(pwhere + " need", value, 200)
        if not isinstance(actor.get("contactPoints"), list):
            error(f"{where}: contactPoints must be a list")
    present_kinds = {a["kind"] for a in actors}
    present_sectors = {a["sector"] for a in actors}
    if present_kinds != KINDS:
        error(f"territory.json: kinds missing: {KINDS - present_kinds}")
    if present_sectors != SECTORS:
        error(f"territory.json: sectors missing: {SECTORS - present_sectors}")
    return by_key


def visible_topics(actor, allowed):
    return {topic_key(t["name"]) for t in actor["topics"] if t["visibility"] in allowed}


STOP_WORDS = {"autres", "leurs", "notre", "nous", "entre", "depuis", "toute", "toutes", "cette", "avant", "apres"}


def stems(text):
    """Crude French word stems: unaccented words of 5 letters or more, cut to 6 letters."""
    words = "".join(c if c.isalnum() else " " for c in topic_key(text)).split()
    return {w[:6] for w in words if len(w) >= 5 and w not in STOP_WORDS}


def evidence_needs(actor, needs, allowed):
    """The stated needs an actor meets through its trades and the items a caller seeing `allowed` can read
    (know-how needs: at least two word stems shared with a visible know-how item, a rough stand-in for text search)."""
    met = []
    for need in needs:
        kind, value = need["kind"], need["value"]
        if kind == "KNOW_HOW" and any(len(stems(value) & stems(k["name"] + " " + (k["description"] or ""))) >= 2
                                      for k in actor["knowHow"] if k["visibility"] in allowed):
            met.append(need)
        elif kind == "TRADE" and any(covers(value.upper(), trade) for trade in actor["coreTrades"]):
            met.append(need)
        elif kind == "EQUIPMENT_CATEGORY" and any(
                e["category"] == value.upper() and e["visibility"] in allowed for e in actor["equipment"]):
            met.append(need)
        elif kind == "TOPIC" and topic_key(value) in visible_topics(actor, allowed):
            met.append(need)
    return met


def check_labels(labels, by_key):
    problems = labels.get("problems")
    if not isinstance(problems, list) or len(problems) < MIN_PROBLEMS:
        error(f"labels.json: fewer than {MIN_PROBLEMS} problems")
        return []
    all_topics = {topic_key(t["name"]) for a in by_key.values() for t in a["topics"]}
    summary = []
    without_needs = 0
    for entry in problems:
        owner, title = entry.get("owner"), entry.get("title")
        where = f"labels {owner} / {title!r}"
        if owner not in by_key:
            error(f"{where}: owner is not an actor key")
            continue
        problem = next((p for p in by_key[owner]["problems"] if p["title"] == title), None)
        if problem is None:
            error(f"{where}: no problem with this exact title at its owner")
            continue
        if problem["visibility"] != "PUBLIC":
            error(f"{where}: labelled problems should be PUBLIC")
        needs = problem.get("needs", [])
        if not needs:
            without_needs += 1
        elif not 3 <= len(needs) <= 6 or not any(n["essential"] for n in needs):
            error(f"{where}: stated needs should be 3 to 6 with at least one essential")
        for need in needs:
            if need["kind"] == "TOPIC" and topic_key(need["value"]) not in all_topics:
                error(f"{where}: no actor declares the needed topic {need['value']!r}")
        lists = {name: entry.get(name, []) for name in
                 ("relevant", "irrelevant", "relevantOnlyForFacilitators", "hiddenFromPublic")}
        unknown = set(entry) - {"owner", "title", "core", "reasons"} - set(lists)
        if unknown:
            error(f"{where}: unknown fields {unknown}")
        core = entry.get("core") or []
        if not 3 <= len(core) <= 6 or not set(core) <= set(lists["relevant"]):
            error(f"{where}: core should list 3 to 6 of the relevant actors")
        reasons = entry.get("reasons")
        if reasons is not None:
            labelled = [key for keys in lists.values() for key in keys]
            missing = [key for key in labelled if not str(reasons.get(key, "")).strip()]
            if missing or set(reasons) - set(labelled):
                error(f"{where}: reasons must give one reason for each labelled actor, and only for them: {missing}")
        seen = {}
        for name, keys in lists.items():
            for key in keys:
                if key not in by_key:
                    error(f"{where}: {name} lists unknown actor {key}")
                if key == owner:
                    error(f"{where}: the owner is labelled in {name}")
                if key in seen:
                    error(f"{where}: {key} is in both {seen[key]} and {name}")
                seen[key] = name
        if not 5 <= len(lists["relevant"]) <= 12:
            error(f"{where}: {len(lists['relevant'])} relevant actors, expected 5 to 12")
        if len(lists["irrelevant"]) < 5:
            error(f"{where}: {len(lists['irrelevant'])} irrelevant actors, expected at least 5")
        # privacy cases: with stated needs, the actor must meet none through what the caller may see
        public, facilitators = {"PUBLIC"}, {"PUBLIC", "MEMBERS", "FACILITATORS"}
        for key in lists["relevantOnlyForFacilitators"]:
            actor = by_key.get(key)
            if actor and needs:
                if evidence_needs(actor, needs, public):
                    error(f"{where}: {key} meets needs publicly, so it is not facilitators-only")
                if not evidence_needs(actor, needs, facilitators):
                    error(f"{where}: {key} meets no need even for facilitators")
        for key in lists["hiddenFromPublic"]:
            actor = by_key.get(key)
            if actor:
                if needs and evidence_needs(actor, needs, facilitators):
                    error(f"{where}: {key} meets needs through items facilitators see")
                if needs and not evidence_needs(actor, needs, VISIBILITIES):
                    error(f"{where}: {key} meets no need even for its own members")
        # every relevant actor of a problem with stated needs should meet one through public evidence, or be
        # explained by its public texts (checked by hand in docs/matchmaking-scenarios.md)
        weak = [k for k in lists["relevant"] if needs and k in by_key and not evidence_needs(by_key[k], needs, public)]
        summary.append((owner, title, len(needs), len(lists["relevant"]), len(lists["irrelevant"]),
                        len(lists["relevantOnlyForFacilitators"]), len(lists["hiddenFromPublic"]), weak))
    if without_needs < 2:
        error("labels.json: fewer than 2 labelled problems without needs")
    return summary


def main():
    naf = load_naf()
    communes = load_communes()
    with open(os.path.join(HERE, "territory.json"), encoding="utf-8") as f:
        territory = json.load(f)
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    by_key = check_territory(territory, naf, communes)
    summary = check_labels(labels, by_key)
    if os.path.exists(DEMO):
        with open(DEMO, encoding="utf-8") as f:
            demo = json.load(f)["actors"]
        clashes = {a["key"] for a in demo} & set(by_key)
        clashes |= {a["name"] for a in demo} & {a["name"] for a in by_key.values()}
        if clashes:
            error(f"keys or names shared with the demo ecosystem: {sorted(clashes)}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    actors = list(by_key.values())
    outside = [a["key"] for a in actors if communes[a["commune"]]["region"] != "44"]
    print(f"{len(actors)} actors ({len(actors) - len(outside)} in Grand Est, {len(outside)} elsewhere), "
          f"{sum(len(a['problems']) for a in actors)} problems, "
          f"{sum(len(a['knowHow']) + len(a['equipment']) for a in actors)} know-how and equipment items")
    for owner, title, needs, relevant, irrelevant, facilitators, hidden, weak in summary:
        print(f"- {owner}: {title!r}: {needs} needs, {relevant} relevant, {irrelevant} irrelevant, "
              f"{facilitators} facilitators-only, {hidden} hidden"
              + (f"; relevant without a public match of a stated need (check by hand): {weak}" if weak else ""))
    print("OK")


if __name__ == "__main__":
    main()
