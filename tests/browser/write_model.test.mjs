// write.html's model (web/write-model.js), without a browser: opening a case and saving it
// changes nothing the widget reads; a new case, a new source, a renamed case and the cuts a
// link gets land in the four files an organiser drops into content/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

createRequire(import.meta.url)(path.join(ROOT, 'web', 'write-model.js'));
const M = globalThis.dtWriteModel;
const read = (p) => JSON.parse(fs.readFileSync(path.join(ROOT, 'content', p), 'utf8'));
const base = () => ({ index: read('cases/index.json'), sources: read('sources.json'), reminders: read('reminders.json') });
const blocksOf = (reminders) => Object.fromEntries(reminders.reminders.map((r) => [r.id, [...r.blocks].sort()]));

test('every shipped case, opened and saved unchanged, gives back the same files', () => {
  const b = base();
  for (const id of b.index.cases) {
    const original = read(`cases/${id}.json`);
    const { files, fileId, unchanged } = M.files(M.fromCase(original, b), b);
    assert.equal(fileId, id);
    assert.deepEqual([...unchanged].sort(), ['cases/index.json', 'reminders.json', 'sources.json'], id);
    assert.deepEqual(JSON.parse(files.get(`cases/${id}.json`)), original, id);
    assert.deepEqual(JSON.parse(files.get('cases/index.json')), b.index, id);
    assert.deepEqual(JSON.parse(files.get('sources.json')), b.sources, id);
    // The case's own cuts are taken out and put back: the same set for every reminder.
    assert.deepEqual(blocksOf(JSON.parse(files.get('reminders.json'))), blocksOf(b.reminders), id);
  }
});

test('a new case with a new source: listed last, its source added under its id, its cuts recorded', () => {
  const b = base();
  const s = M.blank();
  s.id = 'pizhou-shop';
  s.source.pick = '+';
  Object.assign(s.source.entry, { url: 'https://www.example.gov.cn/a.html', urlKind: 'publisher', hosts: 'www.example.gov.cn, example.gov.cn' });
  s.source.entry.publisher.zh = '邳州市公安局';
  const edge = M.newEdge(s);
  assert.deepEqual([edge.from, edge.to], ['', ''], 'a new link guesses no cards');
  [edge.from, edge.to] = [s.nodes[0].key, s.nodes[1].key];
  edge.blocks.add('report-110');
  s.reminders.add('report-110');  // as ticking it for the link does
  s.edges.push(edge);
  const { files, sourceAt } = M.files(s, b);
  const written = JSON.parse(files.get('cases/pizhou-shop.json'));
  assert.equal(written.source, 'pizhou-shop');
  assert.deepEqual(written.reminders, ['report-110']);
  assert.deepEqual(written.flow.edges[0], { id: 'hop1', from: 'n1', to: 'n2', data: { 'zh-Hans': '', en: '' } });
  // Required texts are written empty (the loader names the empty side); optional ones are left out.
  assert.deepEqual(written.title, { 'zh-Hans': '', en: '' });
  assert.equal('operation' in written, false);
  assert.equal(written.timeline.length, 3);
  const index = JSON.parse(files.get('cases/index.json'));
  assert.deepEqual(index.cases, [...b.index.cases, 'pizhou-shop']);
  const sources = JSON.parse(files.get('sources.json')).sources;
  assert.equal(sourceAt, b.sources.sources.length);
  assert.deepEqual(sources.at(-1).publisher_hosts, ['www.example.gov.cn', 'example.gov.cn']);
  assert.equal(sources.at(-1).publisher['zh-Hans'], '邳州市公安局');
  assert.equal(sources.at(-1).url_kind, 'publisher');
  const cut = JSON.parse(files.get('reminders.json')).reminders.find((r) => r.id === 'report-110');
  assert.ok(cut.blocks.includes('pizhou-shop/hop1'));
});

test('a renamed case keeps its place in the list and its cuts; a bad id is written under a stand-in name', () => {
  const b = base();
  const s = M.fromCase(read('cases/huizhou-waybills.json'), b);
  s.id = 'huizhou-couriers';
  const { files } = M.files(s, b);
  const index = JSON.parse(files.get('cases/index.json')).cases;
  assert.equal(index.indexOf('huizhou-couriers'), b.index.cases.indexOf('huizhou-waybills'));
  assert.equal(index.includes('huizhou-waybills'), false);
  const all = JSON.parse(files.get('reminders.json')).reminders.flatMap((r) => r.blocks);
  assert.equal(all.some((x) => x.startsWith('huizhou-waybills/')), false);
  assert.ok(all.some((x) => x.startsWith('huizhou-couriers/')));
  s.id = 'Huizhou Couriers';
  const bad = M.files(s, b);
  assert.equal(bad.fileId, 'new-case');
  assert.equal(JSON.parse(bad.files.get('cases/new-case.json')).id, 'Huizhou Couriers');
});

test('a loader line is read as file, pointer and message, whatever folder label comes first', () => {
  assert.deepEqual(M.parseProblem('/content/cases/pizhou-shop.json: /timeline/2/en: empty text'),
    { file: 'cases/pizhou-shop.json', pointer: '/timeline/2/en', message: 'empty text' });
  assert.deepEqual(M.parseProblem('content/sources.json: /sources/9/url_kind: expected one of "publisher", "repost"'),
    { file: 'sources.json', pointer: '/sources/9/url_kind', message: 'expected one of "publisher", "repost"' });
  assert.deepEqual(M.parseProblem('cases/x.json: /: missing "title"'), { file: 'cases/x.json', pointer: '', message: 'missing "title"' });
  assert.equal(M.parseProblem('cases/x.json:3:7: syntax error').file, '');
});

test('a case in Chinese only says so, leaves out the empty English and cites its new source in Chinese', () => {
  const b = base();
  const s = M.blank();
  s.id = 'pizhou-shop';
  s.chineseOnly = true;
  s.title.zh = '标题';
  s.hook.zh = '一句话';
  s.hook.en = 'One line';
  s.source.pick = '+';
  s.source.entry.publisher.zh = '邳州市公安局';
  const { files } = M.files(s, b);
  const written = JSON.parse(files.get('cases/pizhou-shop.json'));
  assert.deepEqual(written.languages, ['zh-Hans']);
  assert.deepEqual(written.title, { 'zh-Hans': '标题' });
  assert.deepEqual(written.hook, { 'zh-Hans': '一句话', en: 'One line' });
  assert.deepEqual(JSON.parse(files.get('sources.json')).sources.at(-1).publisher, { 'zh-Hans': '邳州市公安局', en: '邳州市公安局' });
  assert.equal(M.fromCase(written, b).chineseOnly, true);
});
