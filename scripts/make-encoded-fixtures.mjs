// Writes the fixtures of fixtures/docs/ that are not UTF-8 with LF: other encodings, BOMs,
// line endings, and a binary file. Run once with `node scripts/make-encoded-fixtures.mjs`;
// its output is committed. Each file's .expected.json is written by hand.
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';

const dir = new URL('../fixtures/docs/', import.meta.url);

const lines = {
  bom: [
    '白城市风电项目并网发电',
    '来源：国际在线',
    '国际在线白城消息：3月20日，白城市一座装机容量50万千瓦的风电项目实现全容量并网发电，年发电量可达15亿千瓦时。',
  ],
  crlf: [
    '梅河口市冬季冰雪旅游持续升温',
    '2023-01-28　来源：国际在线',
    '　　国际在线梅河口消息：春节假期，梅河口市各大滑雪场接待游客超过8万人次。',
    '　　“孩子第一次滑雪，玩得特别开心。”来自沈阳的游客刘先生说。',
  ],
  cr: [
    '珲春市口岸货运量创新高',
    '来源：国际在线',
    '国际在线珲春消息：今年前两个月，珲春各口岸进出口货运量同比增长三成。',
  ],
  utf16: [
    '敦化市开展全民健身月活动',
    '来源：国际在线',
    '国际在线敦化消息：5月1日起，敦化市将开展为期一个月的全民健身活动，设置12个比赛项目。',
  ],
  gb18030: [
    '长春“𠮷野家”新店开业 吸引市民排队',
    '来源：国际在线',
    '国际在线长春消息：4月28日，一家“𠮷野家”门店在长春市红旗街开业，首日接待顾客约两千人次。',
  ],
  gbk: [
    '集安市人参产业博览会开幕',
    '来源：国际在线',
    '国际在线集安消息：8月18日，第十二届集安人参产业博览会开幕，来自全国的300余家企业参展。',
  ],
  big5: [
    '臺中市舉辦國際花卉博覽會 吸引大批遊客',
    '來源：中央社',
    '（中央社記者陳怡君臺中報導）臺中國際花卉博覽會今天開幕，展期一個月，主辦單位預估將吸引逾百萬人次參觀。',
    '市府表示：「今年展區面積比去年擴大兩成。」',
  ],
};

const files = {
  'bom-utf8.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.bom.join('\n') + '\n')]),
  'crlf.txt': Buffer.from(lines.crlf.join('\r\n') + '\r\n'),
  'cr.txt': Buffer.from(lines.cr.join('\r') + '\r'),
  'utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.utf16.join('\r\n') + '\r\n', 'utf16le')]),
  'utf16be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(lines.utf16.join('\n') + '\n', 'utf16le').swap16()]),
  'utf16le-nobom.txt': Buffer.from(lines.utf16.join('\n') + '\n', 'utf16le'),
  'gb18030.txt': iconv.encode(lines.gb18030.join('\n') + '\n', 'gb18030'),
  'gbk.txt': iconv.encode(lines.gbk.join('\n') + '\n', 'gbk'),
  'big5.txt': iconv.encode(lines.big5.join('\n') + '\n', 'big5'),
  // A PNG saved under a .txt name: signature, IHDR chunk, then zeroes.
  'binary.txt': Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    Buffer.from('IHDR'),
    Buffer.alloc(48),
  ]),
};

for (const [name, bytes] of Object.entries(files)) {
  writeFileSync(new URL(name, dir), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}
