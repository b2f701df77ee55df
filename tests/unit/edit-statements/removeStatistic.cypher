// The edit: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
WITH replayed, [] AS texts, [] AS existing
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  MATCH (n:Statistic {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock
  RETURN existed, n.version AS version, n { .key, .metric, .label, .scope, .scopeEn, .value, .unit, .valueText, .qualifier, .year,
    subject: head([(owner:Entity)-[:HAS_STATISTIC]->(n) | owner.key]),
    quote: head([(n)-[c:CITED_IN]->(:Source) | c.quote]),
    source: head([(n)-[:CITED_IN]->(src:Source) | src.key]),
    start: head([(n)-[c:CITED_IN]->(:Source) | c.start]),
    end: head([(n)-[c:CITED_IN]->(:Source) | c.end]) } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $key, $change
MATCH (s:Statistic {key: $key})
DETACH DELETE s
WITH count(*) AS removed
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
  MATCH (n:Statistic {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock
  RETURN existed, n.version AS version, n { .key, .metric, .label, .scope, .scopeEn, .value, .unit, .valueText, .qualifier, .year,
    subject: head([(owner:Entity)-[:HAS_STATISTIC]->(n) | owner.key]),
    quote: head([(n)-[c:CITED_IN]->(:Source) | c.quote]),
    source: head([(n)-[:CITED_IN]->(src:Source) | src.key]),
    start: head([(n)-[c:CITED_IN]->(:Source) | c.start]),
    end: head([(n)-[c:CITED_IN]->(:Source) | c.end]) } AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;
