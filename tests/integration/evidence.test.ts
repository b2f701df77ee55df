import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/project-root.ts';
import { loadSeed, readValidSeed } from '../../src/seed/load.ts';
import { SOURCE } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';
import { batchWork } from '../support/neo4j.ts';
import { bearer, codeOf, editorAuth } from '../support/server.ts';

/**
 * Evidence (issue 22): every citation placed in the article's stored text, the text and its
 * passages through the API, the path between two entities with the sentences that state each hop,
 * and how much of the article the graph rests on. Expected values are the article's own sentences,
 * and the test's own reading of the file (code points, whitespace ignored), not the server's.
 */

const EDITOR = { name: 'erin', token: 'erin-editor-token-00001' };
// Read-only tests first; the edits come last, so one load of the seed serves the whole file.
const kg = useSeededServer({ seed: true, auth: editorAuth(EDITOR) });
const AS_EDITOR = bearer(EDITOR.token);

const ARTICLE = readFileSync(fromRoot('seed', 'sources', `${SOURCE}.txt`), 'utf8');
const CODE_POINTS = Array.from(ARTICLE);
const slice = (start: number, end: number) => CODE_POINTS.slice(start, end).join('');
const squeeze = (text: string) => text.replace(/\s+/gu, '');
const SQUEEZED = squeeze(ARTICLE);
const occurrences = (quote: string) => SQUEEZED.split(squeeze(quote)).length - 1;

interface PlacedRow {
  fact: string;
  quote: string;
  start: number | null;
  end: number | null;
}

/** Every citation in the graph with its stored offsets, straight from Neo4j. */
const placedCitations = () =>
  kg.cypher<PlacedRow>(
    `MATCH (x)-[c:CITED_IN]->(:Source {key: $source})
     RETURN coalesce(x.key, '') AS fact, c.quote AS quote, c.start AS start, c.end AS end
     UNION ALL
     MATCH (a)-[r]->(b) WHERE r.source = $source
     RETURN r.key AS fact, r.quote AS quote, r.start AS start, r.end AS end`,
    { source: SOURCE },
  );

describe('located citations', () => {
  it('places every citation of the seed: the text at its offsets is its quote, whitespace aside', async () => {
    const { entities, relationships, statistics } = readValidSeed();
    const seedCitations =
      entities.reduce((sum, { value }) => sum + value.citations.length, 0) +
      relationships.length +
      statistics.length;
    const placed = await placedCitations();
    expect(placed).toHaveLength(seedCitations);
    const unplaced = placed.filter((row) => row.start === null || row.end === null);
    expect(unplaced).toEqual([]);
    const misplaced = placed.filter(
      (row) => squeeze(slice(row.start as number, row.end as number)) !== squeeze(row.quote),
    );
    expect(misplaced).toEqual([]);
    // A span starts and ends on a character of the quote, never on the page's whitespace.
    for (const row of placed) {
      expect(/\s/u.test(CODE_POINTS[row.start as number] as string)).toBe(false);
      expect(/\s/u.test(CODE_POINTS[(row.end as number) - 1] as string)).toBe(false);
    }
  });

  it('lists the quotes that occur more than once, each placed nearest its entity’s other citations', async () => {
    const placed = await placedCitations();
    const repeated = placed.filter((row) => occurrences(row.quote) > 1);
    // Only an entity may cite a repeated quote: it has other citations to place it by. "脆红李" names
    // the plum six times; 脆红李 (product:cuihong-plum) is placed by its other citations.
    expect(repeated.map(({ fact, quote }) => ({ fact, quote, times: occurrences(quote) }))).toEqual([
      { fact: 'product:cuihong-plum', quote: '脆红李', times: 6 },
    ]);
    for (const row of repeated) {
      const others = placed.filter((other) => other.fact === row.fact && other !== row);
      const distance = (start: number) =>
        Math.min(
          ...others.map((other) =>
            Math.max(0, (other.start as number) - (start + 3), start - (other.end as number)),
          ),
        );
      const candidates = CODE_POINTS.flatMap((_, i) =>
        squeeze(slice(i, i + 6)).startsWith(row.quote) && !/\s/u.test(CODE_POINTS[i] as string) ? [i] : [],
      );
      expect(candidates).toHaveLength(6);
      const best = Math.min(...candidates.map(distance));
      expect(candidates.filter((start) => distance(start) === best)).toEqual([row.start]);
    }
  });

  it('answers a citation with its offsets, the span as written, its sentence and the W3C selectors', async () => {
    const data = await kg.data<{
      entity: {
        relationships: {
          edges: {
            node: {
              to: { key: string };
              citation: {
                quote: string;
                start: number;
                end: number;
                exact: string;
                sentence: { text: string; plain: string; start: number; end: number };
                textQuoteSelector: { type: string; exact: string; prefix: string; suffix: string };
                textPositionSelector: { type: string; start: number; end: number };
              };
            };
          }[];
        };
      };
    }>(`{
      entity(key: "scenic:zhuoshui") {
        relationships(types: [DESIGNATED_AS], first: 10) { edges { node { to { key } citation {
          quote start end exact
          sentence { text plain start end }
          textQuoteSelector { type exact prefix suffix }
          textPositionSelector { type start end } } } } }
      }
    }`);
    const designation = data.entity.relationships.edges.find(
      (edge) => edge.node.to.key === 'brand:national-5a-scenic-area',
    )?.node.citation;
    expect(designation).toBeDefined();
    const citation = designation as NonNullable<typeof designation>;
    const at = CODE_POINTS.join('').indexOf('去年12月，黔江濯水景区成功创建国家');
    expect(citation.start).toBe(Array.from(ARTICLE.slice(0, at)).length);
    expect(citation.exact).toBe(slice(citation.start, citation.end));
    expect(squeeze(citation.exact)).toBe(squeeze(citation.quote));
    expect(citation.sentence.plain).toBe('去年12月，黔江濯水景区成功创建国家5A级旅游景区。');
    expect(citation.sentence.text).toBe('去年12月，黔江濯水景区成功创建国家\n5A级旅游景区。');
    expect(citation.textPositionSelector).toEqual({
      type: 'TextPositionSelector',
      start: citation.start,
      end: citation.end,
    });
    expect(citation.textQuoteSelector).toEqual({
      type: 'TextQuoteSelector',
      exact: citation.exact,
      prefix: slice(citation.start - 32, citation.start),
      suffix: slice(citation.end, citation.end + 32),
    });
    expect(citation.textQuoteSelector.prefix.endsWith('助力脱贫攻坚。\n\n')).toBe(true);
  });
});

describe('the source text through the API', () => {
  const SOURCE_QUERY = `query($key: String!, $start: Int!, $end: Int!, $context: Int) {
    source(key: $key) { key length text passage(start: $start, end: $end, context: $context) { start end text sentences { index plain } } }
  }`;
  type Passage = { start: number; end: number; text: string; sentences: { index: number; plain: string }[] };

  it('serves the stored text, exactly the file the seed references', async () => {
    const data = await kg.data<{ source: { text: string; length: number } }>(
      '{ source(key: "qianjiang-2021-04-15") { text length } }',
    );
    expect(data.source.text).toBe(ARTICLE);
    expect(data.source.length).toBe(CODE_POINTS.length);
    expect(await kg.data('{ source(key: "no-such-source") { key } }')).toEqual({ source: null });
  });

  it('gives the known sentence around a known quote, and its neighbours with context', async () => {
    const quote = '濯水景区通过基础建设';
    const start = Array.from(ARTICLE.slice(0, ARTICLE.indexOf('濯水景\n区通过基础建设'))).length;
    const end = start + 11;
    expect(squeeze(slice(start, end))).toBe(quote);
    const alone = await kg.data<{ source: { passage: Passage } }>(SOURCE_QUERY, { key: SOURCE, start, end });
    expect(alone.source.passage.sentences.map((s) => s.plain)).toEqual([
      '5A级景区创建中，濯水景区通过基础建设、旅游就业、自主创业、业态培育、环境营造、政策扶持等多种方式，创造了上千个就业岗位，多渠道促进贫困户增收，带动549户贫困户2192人实现脱贫，实现年均旅游综合收入10亿元，为旅游扶贫作出了积极示范，跻身全市旅游扶贫示范景区。',
    ]);
    expect(alone.source.passage.text).toBe(slice(alone.source.passage.start, alone.source.passage.end));
    expect(alone.source.passage.text.startsWith('5A级景区创建中')).toBe(true);
    const wider = await kg.data<{ source: { passage: Passage } }>(SOURCE_QUERY, {
      key: SOURCE,
      start,
      end,
      context: 1,
    });
    expect(wider.source.passage.sentences.map((s) => s.plain)).toEqual([
      '去年12月，黔江濯水景区成功创建国家5A级旅游景区。',
      alone.source.passage.sentences[0]?.plain,
      '同时，黔江还成功打造水市乡水市村等9个市级休闲农业与乡村旅游示范村（社区），和阿蓬江国家休闲农业与乡村旅游示范带，开发精品旅游线路10条，带动贫困人口就业创业16840人，实现旅游收入5.9亿元。',
    ]);
  });

  it('refuses a passage outside the text, backwards, or with too much context, naming the argument', async () => {
    const cases: [Record<string, number>, string][] = [
      [{ start: -1, end: 5 }, 'start'],
      [{ start: 0, end: CODE_POINTS.length + 1 }, 'end'],
      [{ start: 10, end: 5 }, 'end'],
      [{ start: 0, end: 5, context: 21 }, 'context'],
      [{ start: 0, end: 5, context: -1 }, 'context'],
    ];
    for (const [args, argument] of cases) {
      const result = await kg.graphql(SOURCE_QUERY, { key: SOURCE, ...args });
      expect(codeOf(result), JSON.stringify(args)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.argument).toBe(argument);
      expect(result.errors?.[0]?.message).toContain(`\`${argument}\``);
    }
  });

  it('pages the cited spans in text order, each with the facts citing it, disjoint and complete', async () => {
    type Span = {
      start: number;
      end: number;
      exact: string;
      entities: { key: string }[];
      relationships: { type: string; from: { key: string }; to: { key: string } }[];
      statistics: { metric: string; valueText: string; subject: { key: string } }[];
    };
    const spans: Span[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 50; guard++) {
      const data: {
        source: {
          citations: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: Span }[];
          };
        };
      } = await kg.data(
        `query($after: String) { source(key: "qianjiang-2021-04-15") { citations(first: 40, after: $after) {
           totalCount pageInfo { hasNextPage endCursor }
           edges { node { start end exact entities { key } relationships { type from { key } to { key } }
                          statistics { metric valueText subject { key } } } } } } }`,
        { after },
      );
      total = data.source.citations.totalCount;
      spans.push(...data.source.citations.edges.map((edge) => edge.node));
      if (!data.source.citations.pageInfo.hasNextPage) break;
      after = data.source.citations.pageInfo.endCursor;
    }
    const placed = await placedCitations();
    const distinct = new Set(placed.map((row) => `${row.start}-${row.end}`));
    expect(total).toBe(distinct.size);
    expect(spans.map((span) => `${span.start}-${span.end}`)).toEqual(
      [...distinct].sort((a, b) => {
        const [as, ae] = a.split('-').map(Number) as [number, number];
        const [bs, be] = b.split('-').map(Number) as [number, number];
        return as - bs || ae - be;
      }),
    );
    const facts = spans.reduce(
      (sum, s) => sum + s.entities.length + s.relationships.length + s.statistics.length,
      0,
    );
    expect(facts).toBe(placed.length);
    for (const span of spans) expect(span.exact).toBe(slice(span.start, span.end));
    const cocoons = spans.find((span) => span.statistics.some((s) => s.valueText === '7万担'));
    expect(squeeze(cocoons?.exact ?? '')).toContain('全区实现产茧7万担');
    expect(cocoons?.statistics.find((s) => s.valueText === '7万担')?.subject.key).toBe(
      'industry:sericulture',
    );
    const refused = await kg.graphql(
      '{ source(key: "qianjiang-2021-04-15") { citations(after: "bm9wZQ") { totalCount } } }',
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
  });
});

describe('why two entities are linked', () => {
  it('explains 中信集团 to 濯水景区 hop by hop, each with the sentence that states it', async () => {
    const data = await kg.data<{
      explain: {
        length: number;
        hops: {
          from: { key: string };
          to: { key: string };
          forward: boolean;
          relationship: { type: string; from: { key: string } };
          citation: { start: number; end: number; exact: string; sentence: { plain: string } };
        }[];
      };
    }>(`{ explain(fromKey: "org:citic-group", toKey: "scenic:zhuoshui") {
      length hops { from { key } to { key } forward relationship { type from { key } }
                    citation { start end exact sentence { plain } } } } }`);
    const { hops } = data.explain;
    expect(hops).toHaveLength(data.explain.length);
    expect(hops[0]?.from.key).toBe('org:citic-group');
    expect(hops.at(-1)?.to.key).toBe('scenic:zhuoshui');
    hops.forEach((hop, i) => {
      if (i > 0) expect(hop.from.key).toBe(hops[i - 1]?.to.key);
      expect(hop.forward).toBe(hop.relationship.from.key === hop.from.key);
      expect(hop.citation.exact).toBe(slice(hop.citation.start, hop.citation.end));
      expect(squeeze(hop.citation.sentence.plain)).toContain(squeeze(hop.citation.exact));
    });
    // The article links CITIC to the district through the village work teams' sentence, and the
    // scenic area to the district through its 5A sentence.
    expect(hops.map((hop) => [hop.from.key, hop.relationship.type, hop.to.key])).toEqual([
      ['org:citic-group', 'SUPPORTS', 'district:qianjiang'],
      ['district:qianjiang', 'LOCATED_IN', 'scenic:zhuoshui'],
    ]);
    expect(hops[0]?.citation.sentence.plain).toContain('凝聚中信集团、山东日照、重庆永川');
    expect(hops[1]?.citation.sentence.plain).toBe('去年12月，黔江濯水景区成功创建国家5A级旅游景区。');
  });

  it('refuses an unknown key by name, and is null when nothing links within maxHops', async () => {
    const unknown = await kg.graphql(
      '{ explain(fromKey: "org:nobody", toKey: "scenic:zhuoshui") { length } }',
    );
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toContain('org:nobody');
    expect(
      await kg.data(
        '{ explain(fromKey: "org:citic-group", toKey: "scenic:zhuoshui", maxHops: 1) { length } }',
      ),
    ).toEqual({ explain: null });
  });
});

describe('coverage of the text', () => {
  type Sentence = {
    index: number;
    start: number;
    end: number;
    text: string;
    plain: string;
    supported: boolean;
  };
  const allSentences = async (): Promise<Sentence[]> => {
    const data = await kg.data<{
      source: { sentences: { totalCount: number; edges: { node: Sentence }[] } };
    }>(
      '{ source(key: "qianjiang-2021-04-15") { sentences(first: 100) { totalCount edges { node { index start end text plain supported } } } } }',
    );
    expect(data.source.sentences.edges).toHaveLength(data.source.sentences.totalCount);
    return data.source.sentences.edges.map((edge) => edge.node);
  };

  it('splits the article into its sentences: every full stop ends one, headlines stand alone', async () => {
    const sentences = await allSentences();
    for (const sentence of sentences) expect(sentence.text).toBe(slice(sentence.start, sentence.end));
    // Independently: each run of 。！？ (with closing quotes) ends exactly one sentence ...
    const stops = ARTICLE.match(/[。！？][”’」』）]*/gu) ?? [];
    expect(sentences.filter((s) => /[。！？][”’」』）]*$/u.test(s.text))).toHaveLength(stops.length);
    // ... and the rest are the headlines, captions and masthead between blank lines.
    expect(sentences.filter((s) => !/[。！？]/u.test(s.text)).map((s) => s.plain)).toContain(
      '文旅融合带动脱贫增收',
    );
    // Together they hold every non-space character of the article, in order, once.
    expect(sentences.map((s) => squeeze(s.text)).join('')).toBe(SQUEEZED);
  });

  it('counts the sentences that support a fact as a count from the seed’s quotes does', async () => {
    const sentences = await allSentences();
    const { entities, relationships, statistics } = readValidSeed();
    const quotes = [
      ...entities.flatMap(({ value }) => value.citations.map((c) => c.quote)),
      ...relationships.map(({ value }) => value.citation.quote),
      ...statistics.map(({ value }) => value.citation.quote),
    ].map(squeeze);
    // Independent of offsets: a sentence supports a fact when a quote stands within it (a quote
    // is at most one sentence). Repeated quotes would count every place: the plum is a caption too.
    const byQuotes = sentences.filter((s) =>
      quotes.some(
        (quote) => squeeze(s.text).includes(quote) && (quote !== '脆红李' || squeeze(s.text) !== quote),
      ),
    );
    const data = await kg.data<{
      source: { coverage: { sentences: number; supported: number; unsupported: number; share: number } };
    }>('{ source(key: "qianjiang-2021-04-15") { coverage { sentences supported unsupported share } } }');
    expect(data.source.coverage.sentences).toBe(sentences.length);
    expect(data.source.coverage.supported).toBe(byQuotes.length);
    expect(data.source.coverage.unsupported).toBe(sentences.length - byQuotes.length);
    expect(data.source.coverage.share).toBeCloseTo(byQuotes.length / sentences.length, 10);
    expect(sentences.filter((s) => s.supported).map((s) => s.index)).toEqual(byQuotes.map((s) => s.index));
    // The masthead and the section headlines state no fact.
    const unsupported = sentences.filter((s) => !s.supported).map((s) => s.plain);
    expect(unsupported).toEqual(expect.arrayContaining(['美编陈文静', '产业之一', '团队之三']));
    const listed = await kg.data<{
      source: { sentences: { totalCount: number; edges: { node: { plain: string } }[] } };
    }>(
      '{ source(key: "qianjiang-2021-04-15") { sentences(supported: false, first: 100) { totalCount edges { node { plain } } } } }',
    );
    expect(listed.source.sentences.edges.map((edge) => edge.node.plain)).toEqual(unsupported);
  });

  it('reports the same coverage and to-do list in the seed command’s summary', async () => {
    const report = await loadSeed(batchWork(kg.driver), readValidSeed());
    const sentences = await allSentences();
    const [evidence] = report.evidence;
    expect(evidence).toMatchObject({ source: SOURCE, unplaced: 0, sentences: sentences.length });
    expect(evidence?.placed).toBe((await placedCitations()).length);
    expect(evidence?.unsupported).toEqual(sentences.filter((s) => !s.supported).map((s) => s.plain));
  });
});

describe('edits place their citations', () => {
  const ADD = `mutation($input: AddRelationshipInput!) {
    addRelationship(input: $input) { relationship { citation { quote start end sentence { plain } } } }
  }`;
  const relationship = (citation: Record<string, unknown>) => ({
    input: {
      from: 'town:jinxi',
      type: 'PRODUCES',
      to: 'product:kiwifruit',
      citation: { source: SOURCE, ...citation },
    },
  });

  it('refuses a quote that is not in the text, and writes nothing', async () => {
    const before = await kg.checksum();
    const result = await kg.graphql(ADD, relationship({ quote: '金溪镇盛产猕猴桃' }), AS_EDITOR);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('citation.quote: excerpt does not occur in source');
    expect(await kg.checksum()).toBe(before);
  });

  it('refuses a repeated quote with nothing to place it by, and an offset the quote does not stand at', async () => {
    const before = await kg.checksum();
    const repeated = await kg.graphql(ADD, relationship({ quote: '猕猴桃' }), AS_EDITOR);
    expect(codeOf(repeated)).toBe('BAD_USER_INPUT');
    expect(repeated.errors?.[0]?.message).toMatch(
      /citation\.quote: "猕猴桃" occurs \d+ times .*quote a longer span/,
    );
    const elsewhere = await kg.graphql(
      ADD,
      relationship({ quote: '同时，全区猕猴桃种植面积1.1万亩', start: 10 }),
      AS_EDITOR,
    );
    expect(codeOf(elsewhere)).toBe('BAD_USER_INPUT');
    expect(elsewhere.errors?.[0]?.message).toContain(
      'citation.start: "同时，全区猕猴桃种植面积1.1万亩" does not stand at offset 10',
    );
    const negative = await kg.graphql(
      ADD,
      relationship({ quote: '同时，全区猕猴桃种植面积1.1万亩', start: -3 }),
      AS_EDITOR,
    );
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.message).toContain('citation.start');
    expect(await kg.checksum()).toBe(before);
  });

  it('stores the offsets of an edit’s quote, at the offset the editor selected', async () => {
    const quote = '同时，全区猕猴桃种植面积1.1万亩';
    const start = Array.from(ARTICLE.slice(0, ARTICLE.indexOf(quote))).length;
    const written = await kg.data<{
      addRelationship: {
        relationship: {
          citation: { quote: string; start: number; end: number; sentence: { plain: string } };
        };
      };
    }>(ADD, relationship({ quote, start }), AS_EDITOR);
    expect(written.addRelationship.relationship.citation).toEqual({
      quote,
      start,
      end: start + Array.from(quote).length,
      sentence: { plain: '同时，全区猕猴桃种植面积1.1万亩，产量2500吨，产值3000万元。' },
    });
    const [stored] = await kg.cypher<{ start: number; end: number }>(
      "MATCH (:Entity {key: 'town:jinxi'})-[r:PRODUCES]->(:Entity {key: 'product:kiwifruit'}) RETURN r.start AS start, r.end AS end",
    );
    expect(stored).toEqual({ start, end: start + Array.from(quote).length });
  });

  it('places an entity’s repeated quote nearest its other citations', async () => {
    const upsert = await kg.data<{
      upsertEntity: {
        entity: { citations: { quote: string; start: number; sentence: { plain: string } }[] };
      };
    }>(
      `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { citations { quote start sentence { plain } } } } }`,
      {
        input: {
          key: 'product:cuihong-plum-test',
          type: 'PRODUCT',
          name: '脆红李',
          nameEn: 'Cuihong plum',
          citations: [
            { source: SOURCE, quote: '其中脆红李种植面积4.46万亩' },
            { source: SOURCE, quote: '脆红李' },
          ],
        },
      },
      AS_EDITOR,
    );
    const [area, name] = upsert.upsertEntity.entity.citations;
    expect(name?.sentence.plain).toBe(area?.sentence.plain);
    expect(slice(name?.start as number, (name?.start as number) + 3)).toBe('脆红李');
    expect(name?.start).toBe((area?.start as number) + 2);
  });
});
