// The edit: 3 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
WITH replayed, [] AS texts, [] AS existing
WITH *, false AS existed, null AS version, null AS row
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $key
MATCH (s:Source {key: $key}) RETURN s { .key, .title, .subtitle, .section, .titleEn, .publishedOn, .page, editors: coalesce(s.editors, []), designers: coalesce(s.designers, []) } AS source;

// 3. parameters: $key, $props, $change
CREATE (s:Source {key: $key}) SET s += $props
MERGE (sequence:ChangeSequence {id: 'changes'})
SET sequence.value = coalesce(sequence.value, 0) + 1
CREATE (change:Change {id: $change.id, seq: sequence.value, at: datetime(), who: $change.who,
    mutation: $change.mutation, keys: $change.keys,
    before: $change.before, after: $change.after})
RETURN s { .key, .title, .subtitle, .section, .titleEn, .publishedOn, .page, editors: coalesce(s.editors, []), designers: coalesce(s.designers, []) } AS source, change { .id, .seq, at: toString(change.at), .who, .mutation, .keys, .before, .after } AS change;

// Retried after its change committed: 2 statements, then the commit.

// 1. parameters: $changeId, $sources, $keys, $key, $lockOrder
OPTIONAL MATCH (replayed:Change {id: $changeId})
WITH replayed, [] AS texts, [] AS existing
WITH *, false AS existed, null AS version, null AS row
RETURN replayed { .id, .seq, at: toString(replayed.at), .who, .mutation, .keys, .before, .after } AS replayed, texts, existing, existed, version, row, false AS taken;

// 2. parameters: $key
MATCH (s:Source {key: $key}) RETURN s { .key, .title, .subtitle, .section, .titleEn, .publishedOn, .page, editors: coalesce(s.editors, []), designers: coalesce(s.designers, []) } AS source;
