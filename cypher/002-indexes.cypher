// Lookups the API filters and sorts by.
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type, e.key);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX statistic_metric IF NOT EXISTS FOR (s:Statistic) ON (s.metric, s.year);
CREATE INDEX statistic_year IF NOT EXISTS FOR (s:Statistic) ON (s.year);
