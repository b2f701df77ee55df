// The edit: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
WITH replayed, [] AS texts, [] AS existing
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  MATCH (n:Entity {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock
  RETURN existed, n.version AS version, n { .key, .type, .name, .nameEn, aliases: coalesce(n.aliases, []), .kind, .description, .descriptionEn, .date,
    version: coalesce(n.version, 0),
    citations: [(n)-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }] } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $key, $change
MATCH (e:Entity {key: $key})
OPTIONAL MATCH (e)-[:HAS_STATISTIC]->(s:Statistic)
REMOVE s:Statistic SET s:DeletedStatistic
WITH DISTINCT e
REMOVE e:Entity:District:Town:Village:ScenicArea:Organization:Industry:Product:Team:Honor:Brand:Initiative:Event:Place:Concept
SET e:DeletedEntity, e.version = e.version + 1, e.deletedAt = datetime()
MERGE (sequence:ChangeSequence {id: 'changes'})
SET sequence.value = coalesce(sequence.value, 0) + 1
CREATE (change:Change {id: $change.id, seq: sequence.value, at: datetime(), who: $change.who,
    mutation: $change.mutation, keys: $change.keys,
    before: $change.before, after: $change.after})
RETURN change { .id, .seq, at: toString(change.at), .who, .mutation, .keys, .before, .after } AS change;

// Retried after its change committed: 1 statement, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
WITH replayed, [] AS texts, [] AS existing
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  MATCH (n:Entity {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock
  RETURN existed, n.version AS version, n { .key, .type, .name, .nameEn, aliases: coalesce(n.aliases, []), .kind, .description, .descriptionEn, .date,
    version: coalesce(n.version, 0),
    citations: [(n)-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }] } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;
