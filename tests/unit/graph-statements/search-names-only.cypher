CALL () {
         MATCH (e:Entity) WHERE e.nameFolded = $exact RETURN e
         UNION
         MATCH (e:Entity) WHERE e.nameEnFolded = $exact RETURN e
         UNION
         MATCH (e:Entity) WHERE e.aliasFolded CONTAINS $aliasExact RETURN e
       }
       WITH e WHERE $types IS NULL OR e.type IN $types
       WITH e ORDER BY size(e.name), e.key LIMIT $exactMax
       WITH collect(e) AS exact
       CALL (exact) {
         CALL db.index.fulltext.queryNodes('entity_search_typed', $lucene, {skip: $skip, limit: $depth - $skip})
           YIELD node, score
         WITH node, score LIMIT $pull
         RETURN collect({node: node, score: score}) AS found
       }
       WITH exact, [i IN range(0, size(found) - 1) | {node: found[i].node, score: found[i].score, position: $skip + i}] AS indexed
       CALL (exact, indexed) {
         CALL (exact, indexed) {
           UNWIND CASE $skip WHEN 0 THEN exact ELSE [] END AS node
           RETURN node, 0 AS tier,
             100 + coalesce([hit IN indexed WHERE hit.node = node AND hit.position < $head | hit.score][0], 0) AS score
           UNION ALL
           UNWIND indexed AS hit
           WITH hit WHERE hit.position < $head AND NOT hit.node IN exact
           WITH hit.node AS node, hit.score AS score
           RETURN node, 1 AS tier, score + CASE
             WHEN node.nameFolded STARTS WITH $exact OR node.nameEnFolded STARTS WITH $exact
               OR node.aliasFolded CONTAINS $aliasPrefix THEN 10
             ELSE 0 END AS score
         }
         WITH node, score ORDER BY tier, score DESC, size(node.name), node.key
         RETURN collect({node: node, score: score}) AS top
       }
       WITH [rank IN range(0, size(top) - 1) | {node: top[rank].node, score: top[rank].score, section: 'top', at: rank}][$from..]
         + [hit IN indexed WHERE hit.position >= $head AND NOT hit.node IN exact
             | {node: hit.node, score: hit.score, section: 'index', at: hit.position}] AS hits
       UNWIND hits[..$first] AS hit
       WITH hit, hit.node AS node
       RETURN node { .key, .type, .name } AS entity, hit.score AS score, hit.section AS section, hit.at AS at