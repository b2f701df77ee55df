MATCH (c:Entity {key: $key})
       CALL (c) {
         MATCH p = ANY SHORTEST (c)(()-[:LOCATED_IN|PART_OF|HAS_INDUSTRY|PRODUCES|AWARDED_TO|CONFERRED_BY|PRESENTED_AT|DESIGNATED_AS|SUPPORTS|STAFFS|DIRECTS|IMPLEMENTS|APPLIED_TO|CREATED|BUILDS|PARTICIPATED_IN|HELD_IN|CONCERNS|UPHOLDS]-(x:Entity WHERE $entityTypes IS NULL OR x.type IN $entityTypes)){1,2}(n:Entity)
         WHERE n <> c
         WITH n, length(p) AS distance ORDER BY distance, n.key LIMIT toInteger($limit)
         RETURN collect(n) AS others
       }
       WITH [c] + others[0..toInteger($limit) - 1] AS nodes, size(others) >= $limit AS truncated
       CALL (nodes) {
         UNWIND nodes AS a
         MATCH (a)-[r:LOCATED_IN|PART_OF|HAS_INDUSTRY|PRODUCES|AWARDED_TO|CONFERRED_BY|PRESENTED_AT|DESIGNATED_AS|SUPPORTS|STAFFS|DIRECTS|IMPLEMENTS|APPLIED_TO|CREATED|BUILDS|PARTICIPATED_IN|HELD_IN|CONCERNS|UPHOLDS]->(b)
         WHERE b IN nodes
         RETURN collect({ key: r.key, type: type(r), from: startNode(r).key, to: endNode(r).key, date: r.date,
     quote: r.quote, source: r.source, start: r.start, end: r.end }) AS relationships
       }
       CALL (nodes) {
         UNWIND nodes AS n
         RETURN collect(n { .key, .type, .name }) AS entities
       }
       RETURN entities AS nodes, relationships, truncated