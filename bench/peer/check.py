"""Checks that this service and PostGraphile answered the same thing, for bench/peer.sh.

  check.py dashboard OURS.json PEER.json [SQL.json]   alliances, missions and statements: counts and contents
  check.py point OURS.json PEER.json                  the statement of the point lookup

OURS.json answers bench/queries/N.graphql, PEER.json bench/peer/N.graphql, SQL.json is bench/dashboard-json.sql's
output. Prints the counts; exits with 1 and says what differs if anything does.
"""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        answer = json.load(f)
    if answer.get("errors"):
        sys.exit(f"{path}: the answer has errors: {json.dumps(answer['errors'])[:2000]}")
    return answer["data"]


def ours_dashboard(data):
    return [(a["name"], [(m["name"], [(e["stance"], e["node"]["text"], e["node"]["speaker"]["name"])
                                      for e in m["discussedIn"]["edges"]])
                         for m in a["missions"]])
            for a in data["alliances"]]


def peer_dashboard(data):
    return [(a["name"], [(m["name"], [(n["stance"], n["statementByStatementId"]["text"],
                                       n["statementByStatementId"]["actorBySpeakerId"]["name"])
                                      for n in m["statementSubjectsByMissionId"]["nodes"]])
                         for m in a["missionsByAllianceId"]["nodes"]])
            for a in data["allAlliances"]["nodes"]]


def counts(dashboard):
    missions = [m for _, ms in dashboard for m in ms]
    return len(dashboard), len(missions), sum(len(statements) for _, statements in missions)


def by_name(dashboard):  # the servers may list alliances and missions in different orders; statements are by id
    return sorted((a, sorted(ms)) for a, ms in dashboard)


def dashboard(ours_path, peer_path, sql_path=None):
    answers = {"ours": ours_dashboard(load(ours_path)), "PostGraphile": peer_dashboard(load(peer_path))}
    if sql_path:
        with open(sql_path, encoding="utf-8") as f:
            answers["SQL (dashboard-json.sql)"] = ours_dashboard(json.load(f))
    failed = False
    reference = counts(answers["ours"])
    for name, answer in answers.items():
        c = counts(answer)
        print(f"dashboard, {name}: {c[0]} alliances, {c[1]} missions, {c[2]} statements")
        if c != reference:
            print(f"MISMATCH: {name} counts {c}, ours {reference}", file=sys.stderr)
            failed = True
        elif by_name(answer) != by_name(answers["ours"]):
            print(f"MISMATCH: {name} has the same counts as ours but other contents", file=sys.stderr)
            failed = True
    if failed:
        sys.exit(1)
    print("dashboard: same alliances, missions and statements (stance, text, speaker) in every answer")


def point(ours_path, peer_path):
    s = load(ours_path)["statement"]
    p = load(peer_path)["statementBySlug"]
    if s is None or p is None:
        sys.exit(f"MISMATCH: point lookup found nothing (ours: {s}, PostGraphile: {p})")
    ours = (s["slug"], s["kind"], s["evidentialStatus"], s["text"], s["speaker"]["name"])
    peer = (p["slug"], p["kind"], p["evidentialStatus"], p["text"], p["actorBySpeakerId"]["name"])
    print(f"point, ours: {ours}")
    print(f"point, PostGraphile: {peer}")
    if ours != peer:
        sys.exit("MISMATCH: the point lookups differ")
    print("point: same statement")


if __name__ == "__main__":
    {"dashboard": dashboard, "point": point}[sys.argv[1]](*sys.argv[2:])
