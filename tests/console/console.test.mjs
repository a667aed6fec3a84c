// Drives the Hearth agency console in Debian's headless Chromium (see console-browser.sh, which
// prepares the server, users and records and sets the HEARTH_* variables). Every check is
// counted; any failure, or no check at all, exits non-zero.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const base = process.env.HEARTH_CONSOLE_URL;
const shots = process.env.HEARTH_SHOTS;
const ownChild = process.env.HEARTH_OWN_CHILD;
const otherChild = process.env.HEARTH_OTHER_CHILD;
const bigChild = process.env.HEARTH_BIG_CHILD;
// How many visits console-browser.sh signed about bigChild (5,000; fewer under the sanitizers).
const volume = Number(process.env.HEARTH_CONSOLE_VOLUME || 5000);
const out = process.env.HEARTH_OUT;
const records = fs.readFileSync(process.env.HEARTH_RECORDS, 'utf8').split('\n').filter(Boolean);

let passed = 0;
const failures = [];
function check(ok, what) {
  if (ok) {
    passed += 1;
  } else {
    failures.push(what);
    console.log(`FAIL ${what}`);
  }
}

// WCAG relative luminance and contrast ratio from "#rrggbb".
function luminance(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function checkContrast() {
  const css = fs.readFileSync(process.env.HEARTH_CSS, 'utf8');
  const colours = Object.fromEntries(
    [...css.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{6});/g)].map((m) => [m[1], m[2]]));
  const pairs = (kind) => [...css.matchAll(new RegExp(`contrast-${kind}:([^\\n*]*)`, 'g'))]
    .flatMap((m) => m[1].trim().split(/\s+/)).filter(Boolean);
  const text = pairs('text');
  const ui = pairs('ui');
  check(text.length >= 10 && ui.length >= 3, 'the stylesheet names its colour pairs');
  for (const [list, minimum] of [[text, 4.5], [ui, 3]]) {
    for (const pair of list) {
      const [fg, bg] = pair.split('/');
      const ratio = contrast(colours[fg], colours[bg]);
      console.log(`contrast ${fg} on ${bg}: ${ratio.toFixed(2)}:1 (needs ${minimum})`);
      check(colours[fg] && colours[bg] && ratio >= minimum, `contrast ${pair} ${ratio.toFixed(2)}`);
    }
  }
  // Every colour the stylesheet uses comes from the checked custom properties.
  const loose = css.replace(/--[a-z-]+:\s*#[0-9a-fA-F]{6};/g, '').match(/#[0-9a-fA-F]{3,6}\b/g);
  check(!loose, `no colour outside the checked custom properties (${loose})`);
}

async function newPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // Pages that judge every granted child (the review queue) read the 5,000-record child too:
  // seconds in an optimised build, far longer in a debug build on a shared machine.
  page.setDefaultNavigationTimeout(900000);
  page.violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) page.violations.push(message.text());
  });
  page.on('pageerror', (error) => page.violations.push(String(error)));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations = (window.__cspViolations || 0) + 1;
      console.log(`Content Security Policy violation: ${event.violatedDirective}`);
    });
  });
  return page;
}

// The first screen at laptop and tablet widths; with `at`, the screen starting at that element.
async function shot(page, name, at) {
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  for (const [width, height, label] of [[1280, 800, 'laptop'], [820, 1180, 'tablet']]) {
    await page.setViewport({ width, height });
    await page.evaluate((selector) => {
      if (selector) document.querySelector(selector).scrollIntoView();
      else window.scrollTo(0, 0);
    }, at || null);
    await page.screenshot({ path: path.join(shots, `${name}-${label}.png`) });
  }
  await page.setViewport({ width: 1280, height: 800 });
}

// Tab from the top of the page until focus comes round again; every control must be reached,
// each with a visible focus indicator.
async function keyboardReachesEverything(page, what) {
  const controls = await page.$$eval(
    'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])',
    (elements) => elements.map((e, i) => { e.dataset.k = String(i); return String(i); }));
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  const reached = new Set();
  let invisible = 0;
  for (let i = 0; i < controls.length + 3; i += 1) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const style = getComputedStyle(e);
      return { key: e.dataset.k, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    if (!state) continue;
    reached.add(state.key);
    if (!state.outline) invisible += 1;
  }
  const missed = controls.filter((k) => !reached.has(k));
  // Name the first few missed, so a failure says which controls the keyboard cannot reach.
  const named = await page.$$eval('[data-k]', (elements, keys) => elements
    .filter((e) => keys.includes(e.dataset.k)).slice(0, 5)
    .map((e) => `${e.tagName.toLowerCase()}${e.name ? ` name=${e.name}` : ''} "${(e.textContent || e.value || '').trim().slice(0, 30)}"`), missed);
  check(controls.length > 0 && missed.length === 0,
    `${what}: keyboard reaches all ${controls.length} controls (missed ${missed.length}${missed.length ? `: ${named.join(', ')}` : ''})`);
  check(invisible === 0, `${what}: focus visible on every control (${invisible} without)`);
}

async function signIn(page, name, password) {
  await page.goto(`${base}/console/sign-in`);
  await page.focus('#name');
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  return response;
}

async function post(page, url, body) {
  return page.evaluate(async (u, b) => {
    const r = await fetch(u, { method: 'POST', body: b, redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    return r.status;
  }, url, body);
}

// The chronology as CSV and as the conference print, saved as a PDF by Chromium and read back
// with poppler's pdftotext; the PDF's first page is kept as a screenshot to look at.
async function exportsOfTheChild(page, expected) {
  const csv = await page.evaluate(async (u) => {
    const r = await fetch(u);
    return { status: r.status, disposition: r.headers.get('content-disposition'),
      type: r.headers.get('content-type'), bytes: [...new Uint8Array(await r.arrayBuffer())] };
  }, await page.$eval('.exports a[download]', (a) => a.getAttribute('href')));
  const text = Buffer.from(csv.bytes).toString('utf8');
  check(csv.status === 200 && /^attachment; filename="chronology-[\w-]+\.csv"$/.test(csv.disposition),
    `chronology CSV is an attachment (${csv.disposition})`);
  check(csv.type === 'text/csv; charset=utf-8' && csv.bytes.slice(0, 3).join() === '239,187,191',
    'chronology CSV is UTF-8 with a byte order mark');
  const rows = text.slice(1).split('\r\n"').length;
  check(rows === expected + 1, `chronology CSV has a row per record and a header (${rows} for ${expected})`);
  const quotes = await page.$$eval('.quote blockquote p', (ps) => ps.map((p) => p.textContent));
  check(quotes.every((q) => text.includes(`“${q}”`)), 'every quote of the child is in the CSV');

  const printed = await page.goto(`${base}/console/child/print?id=${ownChild}`);
  check(printed.status() === 200, 'the printable chronology opens');
  check(await page.$('nav, form, input, button') === null, 'the printable chronology has no navigation or form');
  const name = await page.$eval('h1', (h) => h.textContent);
  check(name.includes('Maya Fenwick-Example'), `the printable chronology names the child (${name})`);
  check(await page.$$eval('li.entry', (e) => e.length) === expected, 'the printable chronology has every entry');
  const pdfPath = path.join(out, 'chronology.pdf');
  await page.pdf({ path: pdfPath, format: 'A4', printBackground: false });
  const pdf = fs.readFileSync(pdfPath);
  check(pdf.subarray(0, 5).toString() === '%PDF-', 'Chromium printed a PDF');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))[1]);
  console.log(`conference chronology: ${expected} entries on ${pages} A4 pages, ${pdf.length} bytes`);
  check(pages >= 2 && pages <= 12, `the PDF has 2 to 12 pages for ${expected} entries (${pages})`);
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  check(pdfText.includes('Chronology: Maya Fenwick-Example'), 'the PDF names the child');
  check(pdfText.includes(`Built from ${expected} signed records received by the agency: ${expected} signatures verified, 0 failed.`),
    'the PDF says which records it was built from and that every signature verified');
  check(pdfText.includes('Printed by sup-a (supervisor)'), 'the PDF says who printed it');
  check((pdfText.match(/signature verified\./g) || []).length === expected, 'the PDF has a signature line per entry');
  check(!pdfText.includes('Sign out') && !pdfText.includes('Back to the child'), 'the PDF has no navigation');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfPath,
    path.join(shots, 'chronology-print-en')]);
  await page.goto(`${base}/console/child?id=${ownChild}`);
}

// A supervisor countersigns a practitioner's record and opens, then closes, a professional
// difference from the child page; each form refuses a forged token and another caseload's child
// (403, nothing stored).
async function countersignAndDifference(page, csrf) {
  const count = () => page.$$eval('article.record', (a) => a.length);
  const before = await count();
  const chosen = await page.$eval('#countersign-record option', (o) => o.value);
  const [ device, record ] = chosen.split('/');
  const countersignOf = (child, token) =>
    `csrf=${encodeURIComponent(token)}&child=${child}&record=${encodeURIComponent(chosen)}&note=x`;
  check(await post(page, '/console/supervision/countersign', countersignOf(ownChild, 'forged')) === 403,
    'a countersignature without the form token is refused');
  check(await post(page, '/console/supervision/countersign', countersignOf(otherChild, csrf)) === 403,
    'a countersignature of another caseload\'s child is refused');
  await page.reload();
  check(await count() === before, 'refused countersignatures stored nothing');
  await page.type('#countersign-note', 'Read and agreed: the plan follows from the visit.');
  await shot(page, 'countersign-en', 'form[action$="/countersign"]');
  const [countersigned] = await Promise.all([page.waitForNavigation(),
    page.click('form[action$="/countersign"] button')]);
  check(countersigned.status() === 200 && await count() === before + 1,
    `the countersignature is signed and shown (${countersigned.status()})`);
  const signedBody = await page.$$eval('article.record', (a) => a.map((e) => e.textContent).join('\n'));
  check(signedBody.includes('Read and agreed: the plan follows from the visit.') && signedBody.includes(record),
    'the countersignature shows its note and names the record');
  check(device !== 'hearth-server', 'only a practitioner\'s record is offered for countersigning');

  const differenceOf = (child, token) => `csrf=${encodeURIComponent(token)}&child=${child}` +
    '&raisedBy=Alex&disagreesWith=School%20nurse&about=x&escalationStep=practitioners';
  check(await post(page, '/console/supervision/difference-open', differenceOf(ownChild, 'forged')) === 403,
    'opening a difference without the form token is refused');
  check(await post(page, '/console/supervision/difference-open', differenceOf(otherChild, csrf)) === 403,
    'opening a difference about another caseload\'s child is refused');
  await page.reload();
  check(await count() === before + 1 && await page.$('form[action$="/difference-close"]') === null,
    'refused differences stored nothing');
  await page.type('#difference-open-raisedBy', 'Alex Example, health visitor');
  await page.type('#difference-open-disagreesWith', 'Children’s social care duty team');
  await page.type('#difference-open-about', 'Whether the missed checks meet the threshold for a referral.');
  await page.select('#difference-open-step', 'line-managers');
  await shot(page, 'difference-open-en', 'form[action$="/difference-open"]');
  const [opened] = await Promise.all([page.waitForNavigation(),
    page.click('form[action$="/difference-open"] button')]);
  check(opened.status() === 200 && await count() === before + 2, `the difference is opened (${opened.status()})`);
  const openId = await page.$eval('#difference-close-opened option', (o) => o.value).catch(() => null);
  check(openId !== null, 'an open difference can be closed');
  const closeOf = (child, token) => `csrf=${encodeURIComponent(token)}&child=${child}` +
    `&opened=${encodeURIComponent(openId)}&outcome=x`;
  check(await post(page, '/console/supervision/difference-close', closeOf(ownChild, 'forged')) === 403,
    'closing a difference without the form token is refused');
  check(await post(page, '/console/supervision/difference-close', closeOf(otherChild, csrf)) === 403,
    'closing a difference of another caseload\'s child is refused');
  await page.reload();
  check(await count() === before + 2, 'refused closes stored nothing');
  await page.type('#difference-close-outcome', 'Agreed at line-manager level: referral made.');
  await shot(page, 'difference-close-en', 'form[action$="/difference-close"]');
  const [closed] = await Promise.all([page.waitForNavigation(),
    page.click('form[action$="/difference-close"] button')]);
  check(closed.status() === 200 && await count() === before + 3, `the difference is closed (${closed.status()})`);
  check(await page.$('form[action$="/difference-close"]') === null, 'no difference is left open');
  check((await page.content()).includes('Agreed at line-manager level: referral made.'), 'the outcome is shown');
}

// A chronology of 5,000 entries, all signed and synced by a real tablet: the printable
// chronology lists every one, the child's page shows them in full 50 at a time. Each is timed
// from navigation start to the load event and the figure printed (the server verifies all 5,000
// signatures for either; a debug build on a shared machine is far slower than a release one).
async function fiveThousandEntries(page) {
  const pages = Math.ceil(volume / 50);
  const lastFirst = (pages - 1) * 50 + 1;
  for (const [what, url, selector, count] of [
    ['printable chronology', `/console/child/print?id=${bigChild}`, 'li.entry', volume],
    ['child page, first 50', `/console/child?id=${bigChild}`, 'article.record', 50],
    // Twice: the first view reads and checks every record, the second is what a supervisor
    // coming back to the child waits for (ChildRecordCache).
    ['child page, all on one page', `/console/child?id=${bigChild}&per=all`, 'article.record', volume],
    ['child page, all on one page, again', `/console/child?id=${bigChild}&per=all`, 'article.record', volume],
    ['child page, last page', `/console/child?id=${bigChild}&page=${pages}`, 'article.record',
      volume - lastFirst + 1]]) {
    const response = await page.goto(`${base}${url}`, { timeout: 900000 });
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const paint = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint');
      return { load: nav.loadEventEnd, response: nav.responseEnd, size: nav.transferSize,
        paint: paint ? paint.startTime : -1 };
    });
    const shown = await page.$$eval(selector, (e) => e.length);
    console.log(`${volume} entries, ${what}: ${shown} shown, loaded in ${Math.round(timing.load)} ms ` +
      `from navigation start, first paint at ${Math.round(timing.paint)} ms (last byte at ` +
      `${Math.round(timing.response)} ms, so ${Math.round(timing.load - timing.response)} ms in the ` +
      `browser after it; ${timing.size} bytes)`);
    check(response.status() === 200 && shown === count, `${what} shows ${count} entries (${shown})`);
    if (url.includes('per=all')) {
      const links = await page.$$eval('.flag .evidence a', (a) => a.length);
      const flags = await page.$$eval('.flag', (f) => f.length);
      check(links <= flags * 10, `evidence links are capped per flag (${links} for ${flags} flags)`);
      const options = await page.$$eval('#countersign-record option', (o) => o.length);
      check(options > 0 && options <= 50, `the countersign list is one page long (${options})`);
      const full = await page.$eval('article.record a[href*="page="]', (a) => a.getAttribute('href'));
      check(/page=1#record-/.test(full), `a short entry links to its record in full (${full})`);
      if (!what.endsWith('again')) await shot(page, 'child-all-cy', '#records');
    }
  }
  const status = await page.$eval('.pager p', (p) => p.textContent);
  // In Welsh by now: the language was switched earlier in this session.
  check(status === `Cofnodion ${lastFirst} i ${volume} o ${volume} (tudalen ${pages} o ${pages})`,
    `the pager says where it is (${status})`);
  check(await page.$$eval('.pager a[rel=prev], .pager a[rel=first]', (a) => a.length) === 2
    && await page.$('.pager a[rel=next]') === null, 'the last page links back, not on');
  const oldest = await page.$$eval('article.record h3', (h) => h.map((e) => e.textContent));
  check(oldest[oldest.length - 1].includes('2026-11-05 00:00 UTC'), 'the last page ends with the oldest entry');
}

async function main() {
  checkContrast();
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--lang=en-GB'],
  });
  try {
    // Sign-in page: headers, wrong password.
    const page = await newPage(browser);
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'en-GB,en;q=0.9' });
    await page.setViewport({ width: 1280, height: 800 });
    const first = await page.goto(`${base}/console/sign-in`);
    const headers = first.headers();
    check(/default-src 'self'/.test(headers['content-security-policy'] || ''), 'CSP default-src self');
    check(/frame-ancestors 'none'/.test(headers['content-security-policy'] || ''), 'CSP frame-ancestors none');
    check(!/unsafe-inline|http:|https:/.test(headers['content-security-policy'] || ''), 'CSP allows no inline script or outside origin');
    check(headers['x-content-type-options'] === 'nosniff', 'nosniff');
    check(headers['referrer-policy'] === 'no-referrer', 'Referrer-Policy');
    check(headers['cache-control'] === 'no-store', 'Cache-Control no-store');
    await keyboardReachesEverything(page, 'sign-in');
    await shot(page, 'sign-in-en');

    const wrong = await signIn(page, 'sup-a', 'not-the-password');
    check(wrong.status() === 401, `wrong password refused (${wrong.status()})`);
    check((await page.$eval('#sign-in-error', (e) => e.textContent)).includes('not right'), 'wrong password says so');
    await shot(page, 'sign-in-wrong-en');

    // A sign-in form post without its token is refused.
    check(await post(page, '/console/sign-in', 'name=sup-a&password=supervisor-a-password') === 403,
      'sign-in without the form token refused');

    const ok = await signIn(page, 'sup-a', 'supervisor-a-password');
    check(ok.status() === 200 && page.url().endsWith('/console/practitioners'), 'sup-a signs in');
    const cookies = await page.cookies();
    const session = cookies.find((c) => c.name.endsWith('hearth-session'));
    check(session && session.httpOnly && session.secure && session.sameSite === 'Strict', 'session cookie HttpOnly, Secure, SameSite=Strict');
    check(session && Buffer.from(session.value, 'base64url').length === 32, 'session id is 256 random bits');
    const body = await page.content();
    check(body.includes('Alex Example') && body.includes('hv-a'), 'practitioners page lists the granted practitioner');
    check(!body.includes('Bea '), 'another caseload\'s practitioner is not listed');
    check((await page.$$('tbody tr')).length === 1, 'the enrolled tablet is listed');
    check(body.includes('<td class="waiting">0 (reported '), 'the tablet reported nothing left waiting after its sync');
    await keyboardReachesEverything(page, 'practitioners');
    await shot(page, 'practitioners-en');

    // CSRF: a form post with the session cookie but without the token is refused, and the
    // session survives.
    check(await post(page, '/console/sign-out', 'csrf=forged') === 403, 'sign-out with a forged token refused');
    check(await post(page, '/console/sign-out', '') === 403, 'sign-out without a token refused');
    const still = await page.goto(`${base}/console/search`);
    check(still.status() === 200 && page.url().endsWith('/console/search'), 'still signed in after refused posts');

    // Search, then the child's page.
    await page.focus('#q');
    await page.keyboard.type('Maya');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const found = await page.$$eval('tbody a', (links) => links.map((a) => a.textContent));
    check(found.length === 1 && found[0].includes('Maya'), `search finds Maya (${found})`);
    await keyboardReachesEverything(page, 'search');
    await shot(page, 'search-en');
    await Promise.all([page.waitForNavigation(), page.click('tbody a')]);
    check(page.url().includes(ownChild), 'the child page opens');
    const shown = await page.$$eval('article.record', (a) => a.length);
    const expected = records.filter((line) => line.includes(`"child":"${ownChild}"`)).length;
    check(shown > 0 && shown === expected, `child page shows every record about the child (${shown} of ${expected})`);
    check(await page.$$eval('.checks .ok', (a) => a.length) === shown, 'every signature verifies');
    check(await page.$$eval('.quote blockquote', (a) => a.length) > 0, 'the child\'s words are shown as quotes');
    const created = await page.$$eval('article.record h3', (h) => h.map((e) => e.textContent.split(' · ')[1]));
    check(created.every((t, i) => i === 0 || created[i - 1] >= t), 'records newest first');
    const href = await page.$eval('a.download', (a) => a.getAttribute('href'));
    const downloaded = await page.evaluate(async (u) => (await fetch(u)).text(), href);
    check(records.includes(downloaded), 'the raw JSON download is byte for byte the stored record');
    await keyboardReachesEverything(page, 'child');
    const unlabelled = await page.$$eval('dt.unlabelled', (d) => d.map((e) => e.textContent));
    check(unlabelled.length === 0, `every member on the child page has a label (${unlabelled})`);
    check((await page.$$eval('dt', (d) => d.map((e) => e.textContent))).includes('Seen alone'),
      'members are named in words');
    await shot(page, 'child-en');
    await shot(page, 'child-records-en', '#records');
    await exportsOfTheChild(page, expected);

    // Supervision: the child's flags from the shared chronology code, the review queue, and a
    // review signed from the child page that marks the flags reviewed.
    const flagCount = await page.$$eval('.flag-list li.flag', (l) => l.length);
    check(flagCount > 0, `the child page shows pattern flags (${flagCount})`);
    // Evidence links name the page of records that holds each one (all ten are on page 1 here).
    check(await page.$$eval('.flag .evidence a', (a) => a.every((e) => {
      const target = new URL(e.href);
      return target.searchParams.get('page') === '1'
        && document.getElementById(target.hash.slice(1)) !== null;
    })), 'every flag links to its evidence on its page');
    await shot(page, 'child-flags-en', '#flags');
    const queue = await page.goto(`${base}/console/queue`);
    check(queue.status() === 200, `the review queue opens (${queue.status()})`);
    const queued = await page.$$eval('ol.queue > li h2 a', (a) => a.map((e) => e.getAttribute('href')));
    check(queued.some((h) => h.includes(ownChild)), 'the flagged child is in the review queue');
    check(await page.$$eval('ol.queue > li', (l) => l.every((li) => li.querySelectorAll('.reasons > li').length > 0)),
      'every queue row says why it is there');
    await keyboardReachesEverything(page, 'queue');
    await shot(page, 'queue-en');
    await Promise.all([page.waitForNavigation(), page.click(`ol.queue a[href*="${ownChild}"]`)]);
    const before = await page.$$eval('article.record', (a) => a.length);
    await page.type('#review-discussion', 'Missed appointments and the new partner discussed.');
    await page.type('#review-rationale', 'A pattern of missed care with a new adult at home.');
    const [noDecision] = await Promise.all([page.waitForNavigation(), page.click('form[action$="/review"] button')]);
    check(noDecision.status() === 422, `a review without a decision is refused (${noDecision.status()})`);
    check(await page.$eval('form[action$="/review"] .error', (e) => e.textContent.includes('decision')), 'the refusal names the missing part');
    check((await page.$eval('#review-discussion', (e) => e.value)).startsWith('Missed'), 'the refused form keeps what was typed');
    check(await page.$$eval('article.record', (a) => a.length) === before, 'nothing stored on refusal');
    await shot(page, 'review-refused-en', '#supervision');
    await page.type('#review-decision', 'Strategy discussion with social care this week.');
    await page.type('#review-action0', 'Ask the GP about the missed checks');
    await page.type('#review-owner0', 'Alex Example');
    await page.type('#review-due0', '2026-12-10');
    const [signed] = await Promise.all([page.waitForNavigation(), page.click('form[action$="/review"] button')]);
    check(signed.status() === 200 && page.url().includes(ownChild), `the review is signed (${signed.status()})`);
    check(await page.$$eval('article.record', (a) => a.length) === before + 1, 'the review appears in the chronology');
    check(await page.$$eval('.checks .ok', (a) => a.length) === before + 1, 'the review\'s signature verifies against the server key');
    check((await page.content()).includes('Strategy discussion with social care'), 'the review shows its decision');
    check(await page.$$eval('.flag .state', (s) => s.every((e) => e.textContent.includes('review'))), 'the flags are marked reviewed');
    check((await page.$eval('#flags', (e) => e.textContent)).includes('(0 open)'), 'no flag is open after the review');
    await shot(page, 'child-supervision-en', '#supervision');
    await shot(page, 'child-reviewed-en', '#flags');
    const csrf = await page.$eval('form[action$="/review"] input[name=csrf]', (e) => e.value);
    const reviewOf = (child, token) => `csrf=${encodeURIComponent(token)}&child=${child}&discussion=x&decision=y&rationale=z`;
    check(await post(page, '/console/supervision/review', reviewOf(otherChild, csrf)) === 403, 'a review of another caseload\'s child is refused');
    check(await post(page, '/console/supervision/review', reviewOf(ownChild, 'forged')) === 403, 'a review without the form token is refused');
    check(await page.$$eval('article.record', (a) => a.length) === before + 1, 'refused reviews stored nothing');

    await countersignAndDifference(page, csrf);

    // Another caseload's child: refused, and the refusal audited.
    const refused = await page.goto(`${base}/console/child?id=${otherChild}`);
    check(refused.status() === 403, `another caseload's child refused (${refused.status()})`);
    await shot(page, 'refused-en');
    const audit403 = await page.goto(`${base}/console/audit`);
    check(audit403.status() === 403, 'a supervisor cannot read the audit log');
    const refusedCsv = await page.evaluate(async (u) => (await fetch(u)).status,
      `/console/child.csv?id=${otherChild}`);
    check(refusedCsv === 403, `another caseload's chronology CSV refused (${refusedCsv})`);
    const refusedPrint = await page.goto(`${base}/console/child/print?id=${otherChild}`);
    check(refusedPrint.status() === 403, 'another caseload\'s printable chronology refused');

    // Welsh, by the switch on the page and by Accept-Language.
    await page.goto(`${base}/console/child?id=${ownChild}`);
    await Promise.all([page.waitForNavigation(), page.click('a.language')]);
    check(await page.$eval('html', (e) => e.lang) === 'cy', 'the switch gives Welsh');
    check((await page.content()).includes('Cofnodion, y diweddaraf yn gyntaf'), 'the child page in Welsh');
    const unlabelledCy = await page.$$eval('dt.unlabelled', (d) => d.map((e) => e.textContent));
    check(unlabelledCy.length === 0, `every member has a Welsh label (${unlabelledCy})`);
    check((await page.$$eval('dt', (d) => d.map((e) => e.textContent))).includes('Gwelwyd ar ei ben ei hun'),
      'members are named in Welsh');
    check(page.url().includes(ownChild), 'the switch comes back to the same page');
    await shot(page, 'child-cy');
    await shot(page, 'child-records-cy', '#records');
    await shot(page, 'child-supervision-cy', '#supervision');
    await shot(page, 'countersign-cy', 'form[action$="/countersign"]');
    await shot(page, 'difference-open-cy', 'form[action$="/difference-open"]');
    await page.type('#difference-open-raisedBy', 'Alex Example');
    await page.type('#difference-open-disagreesWith', 'Yr ysgol');
    await page.type('#difference-open-about', 'A yw’r pryder yn cyrraedd y trothwy.');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/difference-open"] button')]);
    await shot(page, 'difference-close-cy', 'form[action$="/difference-close"]');
    await page.type('#difference-close-outcome', 'Cytunwyd.');
    const [closedCy] = await Promise.all([page.waitForNavigation(),
      page.click('form[action$="/difference-close"] button')]);
    check(closedCy.status() === 200 && await page.$('form[action$="/difference-close"]') === null,
      'a difference opened and closed in Welsh');
    await page.goto(`${base}/console/queue`);
    await shot(page, 'queue-cy');
    await page.goto(`${base}/console/practitioners`);
    check((await page.content()).includes('<td class="waiting">0 (adroddwyd '), 'records waiting in Welsh');
    await shot(page, 'practitioners-cy');
    await page.goto(`${base}/console/search?q=Maya`);
    await shot(page, 'search-cy');
    const welsh = await newPage(browser);
    await welsh.setExtraHTTPHeaders({ 'Accept-Language': 'cy-GB,cy;q=0.9,en;q=0.5' });
    await welsh.goto(`${base}/console/sign-in`);
    check(await welsh.$eval('h1', (e) => e.textContent) === 'Mewngofnodi', 'Accept-Language cy gives Welsh');
    await shot(welsh, 'sign-in-cy');

    // Throttling: sup-b's account after five wrong passwords.
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await signIn(welsh, 'sup-b', `wrong-${i}`)).status());
    check(statuses.slice(0, 5).every((s) => s === 401) && statuses[5] === 429, `throttled after five failures (${statuses})`);
    const right = await signIn(welsh, 'sup-b', 'supervisor-b-password');
    check(right.status() === 429, 'even the right password waits while throttled');

    // The auditor sees the views.
    const auditor = await newPage(browser);
    await signIn(auditor, 'aud', 'auditor-password-1');
    const auditPage = await auditor.goto(`${base}/console/audit`);
    check(auditPage.status() === 200, 'the auditor reads the audit log');
    const rows = await auditor.$$eval('table.audit tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    check(rows.some((r) => r[1] === 'sup-a' && r[2] === 'view-child' && r[3] === ownChild), 'audit shows sup-a viewing the child');
    check(rows.some((r) => r[1] === 'sup-a' && r[2] === 'refused-child' && r[3] === otherChild), 'audit shows the refused view');
    check(rows.some((r) => r[1] === 'sup-a' && r[2] === 'download-record'), 'audit shows the download');
    check(rows.some((r) => r[1] === 'sup-a' && r[2] === 'view-queue'), 'audit shows sup-a viewing the review queue');
    check(rows.some((r) => r[1] === 'sup-a' && r[2] === 'sign-supervisor-review' && r[3] === ownChild), 'audit shows the signed review');
    check(rows.some((r) => r[1] === 'sup-a' && r[2] === 'refused-supervision' && r[3] === otherChild), 'audit shows the refused review');
    for (const action of ['print-child', 'export-child-csv']) {
      check(rows.some((r) => r[1] === 'sup-a' && r[2] === action && r[3] === ownChild), `audit shows ${action}`);
      check(rows.some((r) => r[1] === 'sup-a' && r[2] === `refused-${action}` && r[3] === otherChild),
        `audit shows refused-${action}`);
    }
    const csv = await auditor.evaluate(async () => (await fetch('/console/audit.csv')).text());
    check(csv.startsWith('"at","user","action"') && csv.includes(`"view-child","${ownChild}"`), 'audit CSV export');
    await keyboardReachesEverything(auditor, 'audit');
    await shot(auditor, 'audit-en');
    await Promise.all([auditor.waitForNavigation(), auditor.click('a.language')]);
    await shot(auditor, 'audit-cy');

    await fiveThousandEntries(page);

    // Sign out ends the session.
    await Promise.all([page.waitForNavigation(), page.click('.account button')]);
    const after = await page.goto(`${base}/console/practitioners`);
    check(page.url().endsWith('/console/sign-in'), 'signed out: pages lead to sign-in');
    check(after.status() === 200, 'sign-in page after sign-out');

    for (const p of [page, welsh, auditor]) {
      const count = await p.evaluate(() => window.__cspViolations || 0);
      check(count === 0 && p.violations.length === 0, `no CSP violations or page errors (${p.violations})`);
    }
  } finally {
    await browser.close();
  }
}

main().then(() => {
  console.log(`${passed} checks passed, ${failures.length} failed`);
  process.exit(failures.length === 0 && passed > 0 ? 0 : 1);
}, (error) => {
  console.log(`FAIL ${error.stack || error}`);
  process.exit(1);
});
