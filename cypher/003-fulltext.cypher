// Search over names, English names, aliases and descriptions. The CJK analyzer indexes Chinese as
// overlapping two-character terms and still tokenises and lower-cases English words. `type` is
// indexed too (each value one lower-cased term, e.g. scenic_area) so that search(types:) filters
// inside the index query and finds every match of those types, however many others score higher;
// user words are matched against the text fields by name only (src/graph/search-query.ts).
CREATE FULLTEXT INDEX entity_search_typed IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.nameEn, e.aliasText, e.description, e.descriptionEn, e.type]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
// The index before it had no `type`; an index cannot change its properties, so it is replaced.
DROP INDEX entity_search IF EXISTS;
