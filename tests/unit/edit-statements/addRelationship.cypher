// The edit: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
CALL () { MATCH (s:Source) WHERE s.key IN $sources RETURN collect([s.key, s.text]) AS texts }
CALL () { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS existing }
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  CALL () { UNWIND $lockOrder AS lockKey MATCH (m:Entity {key: lockKey}) SET m._lock = true REMOVE m._lock }
  MATCH (n:Entity {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock
  RETURN existed, n.version AS version, null AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $from, $to, $props, $change
MATCH (a:Entity {key: $from}) MATCH (b:Entity {key: $to})
WHERE NOT EXISTS { (a)-[:SUPPORTS]->(b) }
CREATE (a)-[r:SUPPORTS]->(b) SET r = $props
WITH r
MERGE (sequence:ChangeSequence {id: 'changes'})
SET sequence.value = coalesce(sequence.value, 0) + 1
CREATE (change:Change {id: $change.id, seq: sequence.value, at: datetime(), who: $change.who,
    mutation: $change.mutation, keys: $change.keys,
    before: $change.before, after: $change.after})
RETURN { key: r.key, type: type(r), from: startNode(r).key, to: endNode(r).key, date: r.date,
  quote: r.quote, source: r.source, start: r.start, end: r.end } AS relationship, change { .id, .seq, at: toString(change.at), .who, .mutation, .keys, .before, .after } AS change;

// Retried after its change committed: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
CALL () { MATCH (s:Source) WHERE s.key IN $sources RETURN collect([s.key, s.text]) AS texts }
CALL () { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS existing }
OPTIONAL CALL (replayed) {
  WITH replayed WHERE replayed IS NULL
  CALL () { UNWIND $lockOrder AS lockKey MATCH (m:Entity {key: lockKey}) SET m._lock = true REMOVE m._lock }
  MATCH (n:Entity {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock
  RETURN existed, n.version AS version, null AS row
}
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $from, $type, $to
MATCH (:Entity {key: $from})-[r]->(:Entity {key: $to}) WHERE type(r) = $type
RETURN { key: r.key, type: type(r), from: startNode(r).key, to: endNode(r).key, date: r.date,
  quote: r.quote, source: r.source, start: r.start, end: r.end } AS relationship;
