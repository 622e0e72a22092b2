// Opens Cartograph's graph.html in Debian's chromium, headless, driven by puppeteer-core, and checks it as a
// user would meet it: no console error, no network request, every node of graph.json on the page (or the top
// ones with a note), search by name and by alias, a click that shows the node's quotes as text.
// usage: node check_explorer.mjs GRAPH_HTML GRAPH_JSON [--find NAME] [--quote TEXT] [--screenshot PNG]
//   --find NAME   a node to search for (by label), click, and whose quotes must show (default: highest PageRank)
//   --quote TEXT  a text that must appear, as text, among that node's quotes
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const [htmlPath, jsonPath] = args;
function fail(msg) {
  console.error('check_explorer: ' + msg);
  process.exitCode = 1;
  throw new Error(msg);
}
if (!htmlPath || !jsonPath) fail('usage: check_explorer.mjs GRAPH_HTML GRAPH_JSON [--find NAME] [--quote TEXT] [--screenshot PNG]');

const graph = JSON.parse(readFileSync(jsonPath, 'utf-8'));
const MAX_NODES = 2000;
const byRank = [...graph.nodes].sort((a, b) => b.pagerank - a.pagerank);
const target = option('--find') ? graph.nodes.find((n) => n.label === option('--find')) : byRank[0];
if (!target) fail(`no node labelled ${option('--find')} in ${jsonPath}`);
const withAlias = byRank.slice(0, MAX_NODES).find((n) => n.aliases.length > 0);

const profile = mkdtempSync(path.join(tmpdir(), 'cartograph-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const errors = [];
  const requests = [];
  const pageUrl = pathToFileURL(path.resolve(htmlPath)).href;
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warn') errors.push(`console.${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push('page error: ' + e.message));
  page.on('request', (r) => { if (r.url() !== pageUrl && !r.url().startsWith('data:')) requests.push(r.url()); });

  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForFunction(() => window.cartographExplorer && window.cartographExplorer.ready, { timeout: 30000 });

  const expected = Math.min(graph.nodes.length, MAX_NODES);
  const shown = await page.evaluate(() => window.cartographExplorer.nodeCount());
  if (shown !== expected) fail(`the page shows ${shown} nodes, graph.json has ${graph.nodes.length} (expected ${expected})`);
  const note = await page.$eval('#note', (e) => e.textContent);
  if (graph.nodes.length > MAX_NODES && !note.includes('highest PageRank')) fail(`more than ${MAX_NODES} nodes but no note says the page shows the top ones: ${note}`);

  // search: by the label in another case, by every alias of the target, and by an alias of some other node
  const searches = [[target.label.toUpperCase(), target.id], ...target.aliases.map((a) => [a, target.id])];
  if (withAlias) searches.push([withAlias.aliases[0], null]);
  for (const [query, id] of searches) {
    const found = await page.evaluate((q) => window.cartographExplorer.search(q), query);
    if (found === null) fail(`search for ${JSON.stringify(query)} found nothing`);
    if (id !== null && found !== id) fail(`search for ${JSON.stringify(query)} found ${found}, expected ${id}`);
    if (id === null && !graph.nodes.some((n) => n.id === found && (n.aliases.includes(query) || n.label.toLowerCase() === query.toLowerCase())))
      fail(`search for the alias ${JSON.stringify(query)} found ${found}, which has no such name`);
  }

  // centre the target by searching, then click it where it is drawn
  await page.evaluate((q) => window.cartographExplorer.search(q), target.label);
  await page.$eval('#details', (e) => e.replaceChildren());
  let at = null;
  for (let tries = 0; tries < 50; tries++) { // until the centring animation has ended
    await new Promise((r) => setTimeout(r, 200));
    const now = await page.evaluate((id) => window.cartographExplorer.renderedPosition(id), target.id);
    if (at && Math.abs(now.x - at.x) < 0.5 && Math.abs(now.y - at.y) < 0.5) break;
    at = now;
  }
  const box = await (await page.$('#graph')).boundingBox();
  await page.mouse.click(box.x + at.x, box.y + at.y);
  try {
    await page.waitForSelector('#details h2', { timeout: 10000 });
  } catch {
    if (option('--screenshot')) await page.screenshot({ path: option('--screenshot') });
    fail(`clicking ${target.label} at ${JSON.stringify(at)} in ${JSON.stringify(box)} showed nothing`);
  }
  const heading = await page.$eval('#details h2', (e) => e.textContent);
  if (heading !== target.label) fail(`clicking ${target.label} showed ${JSON.stringify(heading)}`);
  const quotes = await page.$$eval('#details .quote', (els) => els.map((e) => e.textContent));
  const edgeQuotes = graph.edges.filter((e) => e.source === target.id || e.target === target.id).flatMap((e) => e.evidence.map((q) => q.quote));
  if (edgeQuotes.length > 0 && quotes.length === 0) fail(`clicking ${target.label} showed no quotes; its edges have ${edgeQuotes.length}`);
  if (!quotes.some((q) => edgeQuotes.some((e) => q.includes(e)))) fail(`the quotes shown for ${target.label} are none of its edges' quotes`);
  // each relation shows the rules that made it (graph.json's edge rules), as text
  const rulesShown = await page.$$eval('#details .rules', (els) => els.map((e) => e.textContent));
  const edgeRules = graph.edges.filter((e) => e.source === target.id || e.target === target.id).flatMap((e) => e.rules);
  if (edgeRules.length > 0 && !edgeRules.every((r) => rulesShown.some((s) => s.includes(r)))) fail(`the rules of ${target.label}'s relations (${[...new Set(edgeRules)]}) are not all shown: ${rulesShown}`);
  const must = option('--quote');
  if (must && !quotes.some((q) => q.includes(must))) fail(`the quote ${JSON.stringify(must)} is not shown as text for ${target.label}`);

  // nothing from the graph became markup
  const scripts = await page.$$eval('script', (els) => els.length);
  const images = await page.$$eval('img', (els) => els.length);
  const pwned = await page.evaluate(() => window.__pwned);
  if (scripts !== 3 || images !== 0 || pwned !== undefined) fail(`text of the graph became markup: ${scripts} scripts, ${images} images, __pwned=${pwned}`);

  // filters and colouring work without errors
  await page.click('input[name=colour][value=community]');
  await page.$$eval('#type-filters input', (els) => els[0].click());
  const visible = await page.evaluate(() => window.cartographExplorer.visibleNodeCount());
  if (!(visible < shown)) fail('unticking an entity type hid no node');
  await page.$$eval('#type-filters input', (els) => els[0].click());
  await page.click('input[name=colour][value=type]');

  if (errors.length) fail('console: ' + errors.join(' | '));
  if (requests.length) fail('network requests: ' + requests.join(', '));

  const shot = option('--screenshot');
  if (shot) {
    await page.evaluate((q) => window.cartographExplorer.search(q), target.label);
    await new Promise((r) => setTimeout(r, 800));
    await page.evaluate(() => window.cartographExplorer.fit()); // the whole map, the target's details beside it
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: shot });
  }
  console.log(`check_explorer: ok (${shown} nodes, searched ${searches.length} names, ${quotes.length} quotes shown for ${target.label})`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
