/** UI strings and the names of entity and relationship types, in Chinese and English. */

export type Lang = 'zh' | 'en';

export const ENTITY_TYPES = [
  'DISTRICT',
  'TOWN',
  'VILLAGE',
  'SCENIC_AREA',
  'ORGANIZATION',
  'INDUSTRY',
  'PRODUCT',
  'TEAM',
  'HONOR',
  'BRAND',
  'INITIATIVE',
  'EVENT',
  'PLACE',
  'CONCEPT',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATIONSHIP_TYPES = [
  'LOCATED_IN',
  'PART_OF',
  'HAS_INDUSTRY',
  'PRODUCES',
  'AWARDED_TO',
  'CONFERRED_BY',
  'PRESENTED_AT',
  'DESIGNATED_AS',
  'SUPPORTS',
  'STAFFS',
  'DIRECTS',
  'IMPLEMENTS',
  'APPLIED_TO',
  'CREATED',
  'BUILDS',
  'PARTICIPATED_IN',
  'HELD_IN',
  'CONCERNS',
  'UPHOLDS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

const ENTITY_TYPE_NAMES: Record<EntityType, Record<Lang, string>> = {
  DISTRICT: { zh: '区县', en: 'District' },
  TOWN: { zh: '乡镇', en: 'Town' },
  VILLAGE: { zh: '村', en: 'Village' },
  SCENIC_AREA: { zh: '景区', en: 'Scenic area' },
  ORGANIZATION: { zh: '机构', en: 'Organization' },
  INDUSTRY: { zh: '产业', en: 'Industry' },
  PRODUCT: { zh: '产品', en: 'Product' },
  TEAM: { zh: '团队', en: 'Team' },
  HONOR: { zh: '荣誉', en: 'Honour' },
  BRAND: { zh: '品牌与称号', en: 'Brand or title' },
  INITIATIVE: { zh: '举措', en: 'Initiative' },
  EVENT: { zh: '事件', en: 'Event' },
  PLACE: { zh: '地区', en: 'Place' },
  CONCEPT: { zh: '理念', en: 'Concept' },
};

const RELATIONSHIP_TYPE_NAMES: Record<RelationshipType, Record<Lang, string>> = {
  LOCATED_IN: { zh: '位于', en: 'located in' },
  PART_OF: { zh: '隶属', en: 'part of' },
  HAS_INDUSTRY: { zh: '发展产业', en: 'has industry' },
  PRODUCES: { zh: '出产', en: 'produces' },
  AWARDED_TO: { zh: '授予', en: 'awarded to' },
  CONFERRED_BY: { zh: '颁发机构', en: 'conferred by' },
  PRESENTED_AT: { zh: '颁发于', en: 'presented at' },
  DESIGNATED_AS: { zh: '获评', en: 'designated as' },
  SUPPORTS: { zh: '帮扶', en: 'supports' },
  STAFFS: { zh: '派员', en: 'staffs' },
  DIRECTS: { zh: '部署', en: 'directs' },
  IMPLEMENTS: { zh: '实施', en: 'implements' },
  APPLIED_TO: { zh: '用于', en: 'applied to' },
  CREATED: { zh: '首创', en: 'created' },
  BUILDS: { zh: '打造', en: 'builds' },
  PARTICIPATED_IN: { zh: '参与', en: 'participated in' },
  HELD_IN: { zh: '举办地', en: 'held in' },
  CONCERNS: { zh: '涉及', en: 'concerns' },
  UPHOLDS: { zh: '秉持', en: 'upholds' },
};

const STRINGS = {
  title: { zh: '黔江脱贫攻坚 · 关系浏览器', en: 'Qianjiang poverty alleviation · Relationship explorer' },
  subtitle: {
    zh: '2021年4月15日报纸 T4 版知识图谱',
    en: 'Knowledge graph of a newspaper page, 2021-04-15, page T4',
  },
  searchPlaceholder: {
    zh: '搜索实体，如 濯水、中信、蚕桑…',
    en: 'Search, e.g. Zhuoshui, CITIC, sericulture…',
  },
  searchLabel: { zh: '搜索', en: 'Search' },
  searching: { zh: '正在搜索…', en: 'Searching…' },
  noHits: { zh: '没有找到与“{q}”相关的实体。', en: 'Nothing found for “{q}”.' },
  langToggle: { zh: 'English', en: '中文' },
  langToggleTitle: { zh: 'Switch to English', en: '切换到中文' },
  pathFinder: { zh: '路径查找', en: 'Path finder' },
  pathFrom: { zh: '起点', en: 'From' },
  pathTo: { zh: '终点', en: 'To' },
  pathFromPlaceholder: { zh: '输入起点，如 中信集团', en: 'Start, e.g. CITIC Group' },
  pathToPlaceholder: { zh: '输入终点，如 濯水景区', en: 'End, e.g. Zhuoshui Scenic Area' },
  pathHint: {
    zh: '选择两个实体，查找它们之间的最短路径。',
    en: 'Pick two entities to find the shortest path between them.',
  },
  pathLoading: { zh: '正在查找路径…', en: 'Finding the path…' },
  pathNone: { zh: '6 步之内没有连接这两个实体的路径。', en: 'No path joins these two within 6 steps.' },
  pathSame: { zh: '起点和终点相同。', en: 'Start and end are the same entity.' },
  pathSteps: { zh: '{n} 步', en: '{n} steps' },
  pathStep: { zh: '1 步', en: '1 step' },
  pathClear: { zh: '清除', en: 'Clear' },
  pathSwap: { zh: '交换', en: 'Swap' },
  filters: { zh: '筛选', en: 'Filters' },
  entityTypes: { zh: '实体类型', en: 'Entity types' },
  relationshipTypes: { zh: '关系类型', en: 'Relationship types' },
  all: { zh: '全选', en: 'All' },
  none: { zh: '全不选', en: 'None' },
  timeline: { zh: '时间轴', en: 'Timeline' },
  timelineLoading: { zh: '正在加载时间轴…', en: 'Loading the timeline…' },
  details: { zh: '详情', en: 'Details' },
  detailsEmpty: {
    zh: '在上方搜索实体，或点击图中的节点查看详情。',
    en: 'Search above, or click a node in the graph, to see its details.',
  },
  detailsLoading: { zh: '正在加载…', en: 'Loading…' },
  aliases: { zh: '别名', en: 'Also known as' },
  description: { zh: '简介', en: 'Description' },
  statistics: { zh: '数据', en: 'Figures' },
  relationships: { zh: '关系', en: 'Relationships' },
  citations: { zh: '出处', en: 'Sources' },
  date: { zh: '日期', en: 'Date' },
  key: { zh: '标识', en: 'Key' },
  expand: { zh: '展开邻居', en: 'Expand neighbours' },
  collapse: { zh: '收起邻居', en: 'Collapse' },
  collapseOnly: {
    zh: '这是图中唯一展开的实体；用“重置”或搜索另一个实体。',
    en: 'This is the only expanded entity; use Reset or search for another one.',
  },
  pathFromHere: { zh: '设为起点', en: 'Path from here' },
  pathToHere: { zh: '设为终点', en: 'Path to here' },
  centre: { zh: '以此为中心', en: 'Centre on it' },
  fit: { zh: '适应窗口', en: 'Fit' },
  reset: { zh: '重置', en: 'Reset' },
  graphEmpty: {
    zh: '搜索一个实体，开始浏览它的关系网络。',
    en: 'Search for an entity to explore its relationships.',
  },
  graphHint: {
    zh: '单击选中 · 双击展开 · 拖动画布平移 · 滚轮缩放',
    en: 'Click to select · double-click to expand · drag to pan · scroll to zoom',
  },
  nodesEdges: { zh: '{n} 个节点 · {e} 条关系', en: '{n} nodes · {e} relationships' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  errorNetwork: {
    zh: '无法连接服务器。请确认服务器正在运行，然后重试。',
    en: 'Cannot reach the server. Check that it is running, then try again.',
  },
  errorDatabase: {
    zh: '数据库暂时无法访问，请稍后重试。',
    en: 'The database is not available right now. Please try again in a moment.',
  },
  errorNotFound: { zh: '没有标识为“{key}”的实体。', en: 'There is no entity with the key “{key}”.' },
  errorInput: { zh: '请求有误：{message}', en: 'The request was not accepted: {message}' },
  errorServer: {
    zh: '服务器出错了，请稍后重试。',
    en: 'The server ran into a problem. Please try again later.',
  },
  retry: { zh: '重试', en: 'Retry' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
  year: { zh: '{y}年', en: '{y}' },
  more: { zh: '还有 {n} 条', en: '{n} more' },
  showTypes: { zh: '显示', en: 'Show' },
  truncated: { zh: '邻居过多，只显示最近的 {n} 个。', en: 'Too many neighbours: showing the nearest {n}.' },
  readerToggle: { zh: '原文', en: 'Article' },
  readerToggleTitle: {
    zh: '打开原文：高亮的文字是图谱引用的出处',
    en: 'Open the article: highlighted text is what the graph cites',
  },
  readerTitle: { zh: '原文', en: 'The article' },
  readerLoading: { zh: '正在加载原文…', en: 'Loading the article…' },
  readerLegend: {
    zh: '高亮的文字被图谱引用，颜色表示它支持的事实；点击选中这些事实。',
    en: 'Highlighted text is cited by the graph, coloured by what it supports; click it to select those facts.',
  },
  kindEntity: { zh: '实体', en: 'entity' },
  kindRelationship: { zh: '关系', en: 'relationship' },
  kindStatistic: { zh: '数据', en: 'figure' },
  spanLabel: { zh: '{text}（引文，支持：{facts}）', en: '{text} (cited; supports: {facts})' },
  spanSelected: {
    zh: '已选中引文“{quote}”，它支持：{facts}',
    en: 'Selected the passage “{quote}”, which supports: {facts}',
  },
  spanUncited: {
    zh: '已在原文中标出第 {start}–{end} 字；没有事实引用这段文字。',
    en: 'Marked characters {start}–{end} of the article; no fact cites them.',
  },
  spanFacts: { zh: '这段文字支持的事实', en: 'What this passage supports' },
  spanEnclosing: { zh: '包含这段文字的引文', en: 'Cited passages around it' },
  factsMore: { zh: '等共 {n} 项', en: 'and {n} more' },
  showInArticle: { zh: '在原文中显示', en: 'Show in the article' },
  curate: { zh: '从原文编辑', en: 'Curate from the text' },
  editorToken: { zh: '编辑令牌', en: 'Editor token' },
  editorTokenHint: {
    zh: '只保存在本标签页（sessionStorage），不会写入网址。',
    en: 'Kept in this tab only (sessionStorage), never in the address.',
  },
  forgetToken: { zh: '清除', en: 'Forget' },
  selectionNone: {
    zh: '在原文中选中一段文字，把它作为出处。',
    en: 'Select a passage of the article to cite it.',
  },
  selectionLabel: { zh: '选中的文字（第 {start}–{end} 字）', en: 'Selection (characters {start}–{end})' },
  citeForEntity: { zh: '作为“{name}”的出处', en: 'Cite for “{name}”' },
  citeNoEntity: { zh: '作为所选实体的出处', en: 'Cite for the selected entity' },
  newRelationship: { zh: '以此为出处新建关系', en: 'New relationship cited by it' },
  relationType: { zh: '关系类型', en: 'Relationship type' },
  addRelationship: { zh: '添加关系', en: 'Add relationship' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  savedCitation: { zh: '已保存：“{name}”多了一条出处。', en: 'Saved: “{name}” has one more citation.' },
  savedRelationship: { zh: '已保存：新关系 {what}。', en: 'Saved: new relationship {what}.' },
  entityDeleted: {
    zh: '此实体已被删除。以下是删除前的内容。',
    en: 'This entity has been deleted. Shown below as it was.',
  },
  liveChanged: { zh: '{name} 已更新（{who} 的 {mutation}）', en: '{name} changed ({mutation} by {who})' },
  liveDeleted: { zh: '{name} 已被删除（{who} 的 {mutation}）', en: '{name} deleted ({mutation} by {who})' },
  liveReconnecting: {
    zh: '实时更新已断开，正在重新连接…',
    en: 'Live updates disconnected; reconnecting…',
  },
  liveResumed: { zh: '实时更新已恢复。', en: 'Live updates resumed.' },
  liveResynced: {
    zh: '实时更新已恢复，页面已重新读取。',
    en: 'Live updates resumed; the page was read again.',
  },
  liveOff: { zh: '此服务器不提供实时更新。', en: 'This server offers no live updates.' },
  needsToken: { zh: '请先输入编辑令牌。', en: 'Enter an editor token first.' },
  needsSelection: { zh: '请先在原文中选中一段文字。', en: 'Select a passage of the article first.' },
  needsEntity: { zh: '请先在图中选中一个实体。', en: 'Select an entity in the graph first.' },
  needsEnds: { zh: '请选择关系的两端。', en: 'Pick both ends of the relationship.' },
  refused: {
    zh: '服务器拒绝了这次编辑（{code}）：{message}',
    en: 'The server refused the edit ({code}): {message}',
  },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function entityTypeName(lang: Lang, type: string): string {
  return ENTITY_TYPE_NAMES[type as EntityType]?.[lang] ?? type;
}

export function relationshipTypeName(lang: Lang, type: string): string {
  return RELATIONSHIP_TYPE_NAMES[type as RelationshipType]?.[lang] ?? type;
}

/** An entity's name in `lang`; English falls back to the Chinese name when there is none. */
export function displayName(lang: Lang, entity: { name: string; nameEn?: string | null }): string {
  return lang === 'en' && entity.nameEn ? entity.nameEn : entity.name;
}

/** The other name, shown in smaller type next to the main one (empty when there is none). */
export function secondaryName(lang: Lang, entity: { name: string; nameEn?: string | null }): string {
  if (!entity.nameEn) return '';
  return lang === 'en' ? entity.name : entity.nameEn;
}

/** `cocoon_output` -> `Cocoon output`, for figures whose label the source gives only in Chinese. */
export function humanizeMetric(metric: string): string {
  const words = metric.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const UNIT_NAMES: Record<string, Record<Lang, string>> = {
  CNY: { zh: '元', en: 'CNY' },
  kg: { zh: '公斤', en: 'kg' },
  t: { zh: '吨', en: 't' },
  dan: { zh: '担', en: 'dan (50 kg)' },
  mu: { zh: '亩', en: 'mu' },
  household: { zh: '户', en: 'households' },
  person: { zh: '人', en: 'people' },
  item: { zh: '个', en: 'items' },
  sheet: { zh: '张', en: 'sheets' },
  day: { zh: '天', en: 'days' },
  doctor: { zh: '名医生', en: 'doctors' },
  facility: { zh: '个设施', en: 'facilities' },
  group: { zh: '个小组', en: 'groups' },
  job: { zh: '个岗位', en: 'jobs' },
  record: { zh: '条', en: 'records' },
  route: { zh: '条线路', en: 'routes' },
  team: { zh: '支', en: 'teams' },
  time: { zh: '次', en: 'times' },
  town: { zh: '个乡镇', en: 'towns' },
  village: { zh: '个村', en: 'villages' },
  year: { zh: '年', en: 'years' },
  '%': { zh: '%', en: '%' },
};

/** `dan` -> 担 / dan (50 kg); compound units per part: `CNY/household` -> 元/户. */
export function unitName(lang: Lang, unit: string): string {
  const whole = UNIT_NAMES[unit]?.[lang];
  if (whole) return whole;
  if (!unit.includes('/')) return unit;
  const parts = unit.split('/');
  if (lang === 'en')
    return parts.map((part, index) => (index === 0 ? (UNIT_NAMES[part]?.en ?? part) : part)).join(' per ');
  return parts.map((part) => UNIT_NAMES[part]?.zh ?? part).join('/');
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}
