// Keys are the identity of every stored thing; uniqueness constraints also index them.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE s.key IS UNIQUE;
CREATE CONSTRAINT statistic_key IF NOT EXISTS FOR (s:Statistic) REQUIRE s.key IS UNIQUE;
