// A flood report of five paragraphs and two pages that take its first and last paragraph with
// something else between them: a 综合 piece whose editor wrote two paragraphs of his own there
// (unrelated to the article's middle), and a 洗稿 that rewrote the article's middle paragraphs,
// clauses turned round, between the two taken word for word.

export const HEADLINE = '全省入汛以来降水偏多三成 防汛应急响应提升至Ⅱ级';

export const PARAGRAPHS = [
  '记者从省水利厅获悉，今年入汛以来，全省平均降水量较常年同期偏多三成，境内主要江河先后出现4次编号洪水。省防汛抗旱指挥部已于7月12日将防汛应急响应提升至Ⅱ级，累计转移安置受威胁群众8.6万人。',
  '据介绍，此轮强降雨过程具有持续时间长、累计雨量大、影响范围广的特点，部分站点日降雨量突破历史极值。水利部门提前预置抢险力量，在沿江重点堤段布设巡查人员2300余名，实行24小时不间断巡堤查险。',
  '在受灾较重的山区县，当地组织党员干部逐村逐户排查地质灾害隐患点，对临河、临崖、低洼地带的住户实行“应转尽转、应撤必撤”。截至目前，全省未发生因灾死亡失踪事件，各类水库运行总体平稳。',
  '交通部门同步加强公路巡查，对受损路段设置警示标志并组织抢通，已累计抢通国省干线公路塌方点41处。电力部门调集应急发电车58台，优先保障医院、供水厂等重要用户用电。',
  '省气象台预计，未来一周我省仍将有两轮较强降雨过程，防汛形势依然严峻复杂。省防指要求各地压紧压实防汛责任，强化监测预警和会商研判，坚决守住不发生群死群伤的底线。',
];

/** The archive's page: headline, header line, the five paragraphs. */
export const ARTICLE = [HEADLINE, '2025-07-14 09:12:30来源:国际在线责编:林洁', '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');

/** The editor's own paragraphs of a 综合 piece: about the floods, nothing of the article's. */
export const EDITOR = [
  '连日来，不少读者致电本报，关心家乡的汛情和亲人的安危。记者梳理发现，许多网友在社交平台上自发分享实时路况、避险常识和求助电话，一些志愿者团队还开来橡皮艇和物资车，协助社区转运老人和儿童。也有读者来信建议，有关部门应及时公布临时避险场所的位置和开放时间。',
  '专家提醒，汛期出行应尽量避开涉水路段，切勿驾车强行通过积水区域；居住在山区的群众要留意山体裂缝、泉水浑浊等异常现象，一旦发现险情要第一时间向村组报告并迅速撤离。本报将持续关注各地防汛救灾进展。',
];

/** The article's second to fourth paragraphs reworded: the same facts, each sentence's clauses turned round. */
export const REWORDED = [
  '水利部门在沿江重点堤段提前预置了2300余名巡查人员，24小时不间断巡堤查险。据介绍，累计雨量大、持续时间长、影响范围广是此轮强降雨的特点，部分站点的日降雨量突破了历史极值。',
  '对临河、临崖和低洼地带的住户，受灾较重的山区县实行“应撤必撤、应转尽转”，党员干部逐户逐村排查地质灾害隐患点。各类水库总体运行平稳，截至目前全省也未发生因灾死亡失踪事件。',
  '已累计抢通的国省干线公路塌方点有41处，交通部门对受损路段设置了警示标志，同步加强公路巡查。医院、供水厂等重要用户的用电被优先保障，电力部门为此调集了58台应急发电车。',
];

/** A page that takes the first and the last paragraph with `middle` between them. */
export function compilation(title: string, middle: readonly string[]): string {
  return [title, '', '本报综合消息', '', PARAGRAPHS[0], '', ...middle.flatMap((p) => [p, '']), PARAGRAPHS[4], ''].join('\n');
}
