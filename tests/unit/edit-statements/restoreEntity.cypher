// The edit: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
WITH replayed, [] AS texts, [] AS existing
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  MATCH (n:DeletedEntity {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock
  RETURN existed, n.version AS version, n { .key, .type, .name, .nameEn, aliases: coalesce(n.aliases, []), .kind, .description, .descriptionEn, .date,
    version: coalesce(n.version, 0),
    citations: [(n)-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }] } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $key, $change
MATCH (e:DeletedEntity {key: $key})
REMOVE e:DeletedEntity, e.deletedAt
SET e:Entity:Town, e.version = coalesce(e.version, 0) + 1
WITH e
OPTIONAL MATCH (e)-[:HAS_STATISTIC]->(s:DeletedStatistic)
REMOVE s:DeletedStatistic SET s:Statistic
WITH DISTINCT e
MERGE (sequence:ChangeSequence {id: 'changes'})
SET sequence.value = coalesce(sequence.value, 0) + 1
CREATE (change:Change {id: $change.id, seq: sequence.value, at: datetime(), who: $change.who,
    mutation: $change.mutation, keys: $change.keys,
    before: $change.before, after: $change.after})
RETURN e { .key, .type, .name, .nameEn, aliases: coalesce(e.aliases, []), .kind, .description, .descriptionEn, .date,
  version: coalesce(e.version, 0),
  citations: [(e)-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }] } AS entity, change { .id, .seq, at: toString(change.at), .who, .mutation, .keys, .before, .after } AS change;

// Retried after its change committed: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
WITH replayed, [] AS texts, [] AS existing
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  MATCH (n:DeletedEntity {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock
  RETURN existed, n.version AS version, n { .key, .type, .name, .nameEn, aliases: coalesce(n.aliases, []), .kind, .description, .descriptionEn, .date,
    version: coalesce(n.version, 0),
    citations: [(n)-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }] } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $key
MATCH (e:Entity {key: $key}) RETURN e { .key, .type, .name, .nameEn, aliases: coalesce(e.aliases, []), .kind, .description, .descriptionEn, .date,
  version: coalesce(e.version, 0),
  citations: [(e)-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }] } AS entity;
