/** The article's id in seed/sources, which every citation in a test names. */
export const SOURCE = 'qianjiang-2021-04-15';

/** An upsertEntity input for 金溪镇 as the seed has it (but nameEn `Jinxi`), cited from the article. */
export const jinxiInput = (overrides: Record<string, unknown> = {}) => ({
  key: 'town:jinxi',
  type: 'TOWN',
  name: '金溪镇',
  nameEn: 'Jinxi',
  aliases: ['金溪', 'Jinxi'],
  citations: [
    {
      source: SOURCE,
      quote: '黔江区金溪镇、李家溪易地扶贫安置点、重庆旅游职业学院被确定为全国脱贫攻坚考察点',
    },
  ],
  ...overrides,
});
