// The edit: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
CALL () { MATCH (s:Source) WHERE s.key IN $sources RETURN collect([s.key, s.text]) AS texts }
CALL () { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS existing }
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  MERGE (n:Entity {key: $key}) ON CREATE SET n._reserved = true
  WITH n, n._reserved IS NULL AS existed
  SET n._lock = true REMOVE n._lock, n._reserved
  RETURN existed, n.version AS version, n { .key, .type, .name, .nameEn, aliases: coalesce(n.aliases, []), .kind, .description, .descriptionEn, .date,
    version: coalesce(n.version, 0),
    citations: [(n)-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }] } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, EXISTS { MATCH (:DeletedEntity {key: $key}) } AS taken;

// 2. parameters: $key, $props, $citations, $change
MATCH (e:Entity {key: $key})
REMOVE e:District:Town:Village:ScenicArea:Organization:Industry:Product:Team:Honor:Brand:Initiative:Event:Place:Concept
SET e:Town, e += $props, e.version = coalesce(e.version, 0) + 1
WITH e
CALL (e) { MATCH (e)-[old:CITED_IN]->(:Source) DELETE old }
CALL (e) {
  UNWIND range(0, size($citations) - 1) AS ordinal
  WITH ordinal, $citations[ordinal] AS citation
  MATCH (s:Source {key: citation.source})
  CREATE (e)-[:CITED_IN {quote: citation.quote, ordinal: ordinal, start: citation.start, end: citation.end}]->(s)
}
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
CALL () { MATCH (s:Source) WHERE s.key IN $sources RETURN collect([s.key, s.text]) AS texts }
CALL () { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS existing }
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  MERGE (n:Entity {key: $key}) ON CREATE SET n._reserved = true
  WITH n, n._reserved IS NULL AS existed
  SET n._lock = true REMOVE n._lock, n._reserved
  RETURN existed, n.version AS version, n { .key, .type, .name, .nameEn, aliases: coalesce(n.aliases, []), .kind, .description, .descriptionEn, .date,
    version: coalesce(n.version, 0),
    citations: [(n)-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }] } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, EXISTS { MATCH (:DeletedEntity {key: $key}) } AS taken;

// 2. parameters: $key
MATCH (e:Entity {key: $key}) RETURN e { .key, .type, .name, .nameEn, aliases: coalesce(e.aliases, []), .kind, .description, .descriptionEn, .date,
  version: coalesce(e.version, 0),
  citations: [(e)-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }] } AS entity;
