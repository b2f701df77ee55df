// Curation: soft-deleted entities keep their key, and the change history is ordered and unique.
CREATE CONSTRAINT deleted_entity_key IF NOT EXISTS FOR (e:DeletedEntity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE;
// The one sequence node: unique, so two first-ever changes cannot each create one.
CREATE CONSTRAINT change_sequence_id IF NOT EXISTS FOR (s:ChangeSequence) REQUIRE s.id IS UNIQUE;
