#!/usr/bin/env python3
# tests/pg/dump.py - a canonical dump of an event store, the same for SQLite and PostgreSQL,
# so that two stores can be compared with diff. Row ids are left out (they follow the order
# of writes), and so is which story of a group was stored first (concurrent workers may store
# a repeat before the story it repeats): a group is named by its stories' ids, sorted. Lines:
# stories (outlet id, date, group, counts), sentences, events (date, dyad, code, mentions,
# group, Goldstein, quad, place), mentions (story and sentence -> event), the daily summary.
#   tests/pg/dump.py sqlite FILE   |   tests/pg/dump.py pg DBNAME (PG* variables for the rest)
import sqlite3, subprocess, sys

STORY = ("SELECT id, ext_id, coalesce(source, ''), date, coalesce(same_as, id), sentences,"
         " events, fingerprint FROM story")
SENTENCE = "SELECT story, idx, outcome, length(text) FROM sentence"
EVENT = ("SELECT id, date, coalesce(source, ''), coalesce(target, ''), code, mentions, cluster,"
         " goldstein, coalesce(quad, 0), coalesce(loc_name, ''), coalesce(source_country, ''),"
         " coalesce(target_country, ''), dataset, coalesce(ext_id, ''), coalesce(ext_story, ''),"
         " coalesce(loc_lat, 0), coalesce(loc_lon, 0) FROM event")
MENTION = ("SELECT m.event, m.story, coalesce(n.idx, -1) FROM mention m"
           " LEFT JOIN sentence n ON n.id = m.sentence")
SUMMARY = [("dyad_day", "SELECT source, target, day, events, q0, q1, q2, q3, q4, goldstein_n,"
            " goldstein_sum, severity, severity_sq FROM dyad_day"),
           ("day_volume", "SELECT day, events FROM day_volume")]


def norm(v):
    if v is None or v == "":
        return ""
    s = str(v)
    try:
        f = round(float(s), 6)   # sums in another order differ in the last bits
    except ValueError:
        return s
    return "%d" % f if f == int(f) and abs(f) < 1e15 else "%.6f" % f


def rows_sqlite(path, sql):
    rows = sqlite3.connect("file:%s?mode=ro" % path, uri=True).execute(sql).fetchall()
    return [[norm(v) for v in r] for r in rows]


def rows_pg(db, sql):
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\x1f", "-v", "ON_ERROR_STOP=1",
                          "-d", db, "-c", sql], check=True, capture_output=True, text=True).stdout
    return [[norm(v) for v in line.split("\x1f")] for line in out.split("\n") if line]


def main():
    get = rows_sqlite if sys.argv[1] == "sqlite" else rows_pg
    where = sys.argv[2]
    stories = {r[0]: r for r in get(where, STORY)}
    members = {}
    for r in stories.values():
        members.setdefault(r[4], []).append(r[1] + "@" + r[2])
    group = {root: "|".join(sorted(ids)) for root, ids in members.items()}
    gof = lambda sid: group[stories[sid][4]]
    out = []
    for r in stories.values():
        out.append(["story", r[1], r[2], r[3], gof(r[0]), r[6], r[7]])
    for r in get(where, SENTENCE):   # a same-text repeat keeps none: its group's first does
        out.append(["sentence", gof(r[0])] + r[1:])
    events = {}
    for r in get(where, EVENT):
        events[r[0]] = r[1:5]
        out.append(["event"] + r[1:6] + [gof(r[6]) if r[6] else ""] + r[7:])
    for r in get(where, MENTION):
        out.append(["mention", stories[r[1]][1], stories[r[1]][2], r[2]] + events[r[0]])
    for name, sql in SUMMARY:
        out += [[name] + r for r in get(where, sql)]
    for line in sorted("\t".join(x) for x in out):
        print(line)


main()
