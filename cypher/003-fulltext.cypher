// Search over names, English names, aliases and descriptions. The CJK analyzer indexes Chinese as
// overlapping two-character terms and still tokenises and lower-cases English words.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (e:Entity) ON EACH [e.name, e.nameEn, e.aliasText, e.description, e.descriptionEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
