// Filters and orderings of `entities`, `statistics` and the group-by fields (src/graph/filters.ts).
// Names compare folded (NFKC, lower case: src/graph/storage.ts): range indexes serve equality, IN,
// STARTS WITH and ordering; text indexes serve CONTAINS. Aliases are one folded, separated string,
// so every alias comparison is a CONTAINS on it.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_name_en IF NOT EXISTS FOR (e:Entity) ON (e.nameEn);
CREATE INDEX entity_name_folded IF NOT EXISTS FOR (e:Entity) ON (e.nameFolded);
CREATE TEXT INDEX entity_name_folded_text IF NOT EXISTS FOR (e:Entity) ON (e.nameFolded);
CREATE INDEX entity_name_en_folded IF NOT EXISTS FOR (e:Entity) ON (e.nameEnFolded);
CREATE TEXT INDEX entity_name_en_folded_text IF NOT EXISTS FOR (e:Entity) ON (e.nameEnFolded);
CREATE TEXT INDEX entity_alias_folded_text IF NOT EXISTS FOR (e:Entity) ON (e.aliasFolded);
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX entity_date IF NOT EXISTS FOR (e:Entity) ON (e.date);
CREATE INDEX statistic_value IF NOT EXISTS FOR (s:Statistic) ON (s.value);
CREATE INDEX statistic_unit IF NOT EXISTS FOR (s:Statistic) ON (s.unit);
CREATE INDEX statistic_scope_folded IF NOT EXISTS FOR (s:Statistic) ON (s.scopeFolded);
CREATE TEXT INDEX statistic_scope_folded_text IF NOT EXISTS FOR (s:Statistic) ON (s.scopeFolded);
// The (metric, year) index holds only figures with a year; metric alone serves the rest and ordering.
CREATE INDEX statistic_metric_only IF NOT EXISTS FOR (s:Statistic) ON (s.metric);
// A list of one type in name order reads that type's names in order.
CREATE INDEX entity_type_name IF NOT EXISTS FOR (e:Entity) ON (e.type, e.name);
CREATE INDEX entity_type_name_en IF NOT EXISTS FOR (e:Entity) ON (e.type, e.nameEn);
