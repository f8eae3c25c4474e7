import type { Pack } from '../../src/core/config/types.js';

/** The 国际在线 notice as a pack, written out here because the pack loader is not ours to use. */
export const CRI: Pack = {
  id: 'cri',
  name: '国际在线',
  file: 'rules/cri.yaml',
  notice: { title: '国际在线版权与信息产品内容销售的声明' },
  publisher: {
    name: '国际在线',
    aliases: ['国际在线网', '國際在線', 'CRI Online'],
    owner: '中国国际广播电台',
    licensor: '国广国际在线网络(北京)有限公司',
    clause: 1,
  },
  attribution: { required: '来源:国际在线', accepted: ['来源：国际在线'], position: 'top', topLines: 5, clause: 3 },
  ownContent: {
    markers: ['国际在线专稿', '国际在线消息', '国际在线{place}消息', '国际在线报道', '国际在线{place}报道'],
    thirdPartyMarkers: ['第三方版权', '非国际在线'],
    clause: 3,
  },
  restricted: { actions: ['转载', '摘编', '复制', '其他方式使用'], clause: 2 },
  licensing: { scopeClause: 3, agreementClause: 3 },
  thirdParty: { clause: 4 },
  contact: { windowDays: 30, clause: 5 },
  clauses: [],
};
