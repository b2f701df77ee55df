// The edit: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
CALL () { MATCH (s:Source) WHERE s.key IN $sources RETURN collect([s.key, s.text]) AS texts }
CALL () { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS existing }
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  MERGE (n:Statistic {key: $key}) ON CREATE SET n._reserved = true
  WITH n, n._reserved IS NULL AS existed
  SET n._lock = true REMOVE n._lock, n._reserved
  RETURN existed, n.version AS version, n { .key, .metric, .label, .scope, .scopeEn, .value, .unit, .valueText, .qualifier, .year,
    subject: head([(owner:Entity)-[:HAS_STATISTIC]->(n) | owner.key]),
    quote: head([(n)-[c:CITED_IN]->(:Source) | c.quote]),
    source: head([(n)-[:CITED_IN]->(src:Source) | src.key]),
    start: head([(n)-[c:CITED_IN]->(:Source) | c.start]),
    end: head([(n)-[c:CITED_IN]->(:Source) | c.end]) } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $key, $subject, $source, $quote, $offsets, $props, $change
MATCH (subject:Entity {key: $subject})
MATCH (source:Source {key: $source})
MERGE (s:Statistic {key: $key})
SET s += $props
MERGE (subject)-[:HAS_STATISTIC]->(s)
WITH s, source
OPTIONAL MATCH (s)-[old:CITED_IN]->(:Source)
DELETE old
WITH DISTINCT s, source
CREATE (s)-[:CITED_IN {quote: $quote, start: $offsets.start, end: $offsets.end}]->(source)
MERGE (sequence:ChangeSequence {id: 'changes'})
SET sequence.value = coalesce(sequence.value, 0) + 1
CREATE (change:Change {id: $change.id, seq: sequence.value, at: datetime(), who: $change.who,
    mutation: $change.mutation, keys: $change.keys,
    before: $change.before, after: $change.after})
RETURN s { .key, .metric, .label, .scope, .scopeEn, .value, .unit, .valueText, .qualifier, .year,
  subject: head([(owner:Entity)-[:HAS_STATISTIC]->(s) | owner.key]),
  quote: head([(s)-[c:CITED_IN]->(:Source) | c.quote]),
  source: head([(s)-[:CITED_IN]->(src:Source) | src.key]),
  start: head([(s)-[c:CITED_IN]->(:Source) | c.start]),
  end: head([(s)-[c:CITED_IN]->(:Source) | c.end]) } AS statistic, change { .id, .seq, at: toString(change.at), .who, .mutation, .keys, .before, .after } AS change;

// Retried after its change committed: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
CALL () { MATCH (s:Source) WHERE s.key IN $sources RETURN collect([s.key, s.text]) AS texts }
CALL () { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS existing }
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  MERGE (n:Statistic {key: $key}) ON CREATE SET n._reserved = true
  WITH n, n._reserved IS NULL AS existed
  SET n._lock = true REMOVE n._lock, n._reserved
  RETURN existed, n.version AS version, n { .key, .metric, .label, .scope, .scopeEn, .value, .unit, .valueText, .qualifier, .year,
    subject: head([(owner:Entity)-[:HAS_STATISTIC]->(n) | owner.key]),
    quote: head([(n)-[c:CITED_IN]->(:Source) | c.quote]),
    source: head([(n)-[:CITED_IN]->(src:Source) | src.key]),
    start: head([(n)-[c:CITED_IN]->(:Source) | c.start]),
    end: head([(n)-[c:CITED_IN]->(:Source) | c.end]) } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $key
MATCH (s:Statistic {key: $key}) RETURN s { .key, .metric, .label, .scope, .scopeEn, .value, .unit, .valueText, .qualifier, .year,
  subject: head([(owner:Entity)-[:HAS_STATISTIC]->(s) | owner.key]),
  quote: head([(s)-[c:CITED_IN]->(:Source) | c.quote]),
  source: head([(s)-[:CITED_IN]->(src:Source) | src.key]),
  start: head([(s)-[c:CITED_IN]->(:Source) | c.start]),
  end: head([(s)-[c:CITED_IN]->(:Source) | c.end]) } AS statistic;
