/**
 * The parties view at scale: 10,000 parties and 100,000 events, in real Chromium. The graph comes
 * from a stand-in /graphql (tests/support/fake-graphql.ts) answering the agreed `actorNetwork`
 * contract with a synthetic world, because seeding 10,000 parties and 100,000 events into the
 * test Neo4j would take minutes and measure the database, not the explorer. The explorer's
 * behaviour on the real server and seed graph is tested in explorer.test.ts; the same checks at
 * this scale on the real server and Neo4j (minutes of loading) are in explorer-scale-real.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countsLine, drawn, overlaps, readyAfter, tap, testid } from '../support/actor-view.js';
import { afterChange, launchBrowser, openUrl, pageErrors } from '../support/explorer.js';
import { type StandIn, startStandIn } from '../support/fake-graphql.js';

let standIn: StandIn;
let browser: Browser;

beforeAll(async () => {
  standIn = await startStandIn({ parties: 10_000, events: 100_000 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await standIn?.close();
});

const DAY0 = Date.UTC(2018, 0, 1) / 86_400_000;

/** What the whole network holds for a window, counted from the synthetic world itself. */
function truth(fromIso?: string) {
  const from = fromIso ? Math.round(Date.parse(`${fromIso}T00:00:00Z`) / 86_400_000) - DAY0 : 0;
  const ties = [...standIn.world.hostile.values()].filter((t) => t.days.some((d) => d >= from));
  const parties = new Set(ties.flatMap((t) => [t.from, t.to]));
  return { ties: ties.length, parties: parties.size };
}

describe('who opposes whom, between 10,000 parties and 100,000 events', () => {
  it('is drawn, laid out and interactive in under 3 s (median of three loads)', async () => {
    // One load first, not measured: a fresh browser process also compiles the bundle, which a
    // returning reader's browser has cached. Then the median of three, from navigation start.
    await (await openUrl(browser, `${standIn.url}/`)).close();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await openUrl(browser, `${standIn.url}/`);
      times.push(await readyAfter(page));
      expect(await testid(page, 'view-ACTORS').getAttribute('aria-pressed')).toBe('true');
      // Interactive: a click on the heaviest party opens its ties in the panel.
      await testid(page, 'party-item').first().click();
      await expect(testid(page, 'expand-ties').isVisible()).resolves.toBe(true);
      expect(pageErrors.get(page)).toEqual([]);
      await page.close();
    }
    const median = [...times].sort((a, b) => a - b)[1]!;
    expect(median, `ready after ${times.map(Math.round).join(', ')} ms`).toBeLessThan(3000);
  });

  it('says truly how many parties and ties it draws and how many it does not', async () => {
    const page = await openUrl(browser, `${standIn.url}/`);
    const whole = truth();
    const shown = await countsLine(page);
    const onCanvas = await drawn(page);
    expect(shown.totalTies).toBe(whole.ties);
    expect(shown.totalParties).toBe(whole.parties);
    expect(shown.ties).toBe(onCanvas.ties.length);
    expect(shown.parties).toBe(onCanvas.parties);
    expect(shown.ties).toBe(200);
    const fmt = (x: number) => x.toLocaleString('en-GB');
    expect(shown.text).toContain(`Showing ${fmt(onCanvas.parties)} of ${fmt(whole.parties)} parties`);
    expect(shown.text).toContain(
      `Not drawn: ${fmt(whole.parties - onCanvas.parties)} parties and ${fmt(whole.ties - onCanvas.ties.length)} ties.`,
    );
    await page.close();
  });

  it('draws no two visible nodes or labels overlapping at the initial zoom, and labels the heaviest', async () => {
    const page = await openUrl(browser, `${standIn.url}/`);
    const result = await overlaps(page);
    expect(result.visible).toBeGreaterThan(150);
    expect(result.clashes).toEqual([]);
    expect(result.labelled).toBeGreaterThanOrEqual(10);
    expect(result.heaviest).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('shows 200 more ties when asked, and counts what is still not drawn', async () => {
    const page = await openUrl(browser, `${standIn.url}/`);
    const before = await countsLine(page);
    await expect(testid(page, 'show-more').textContent()).resolves.toContain(
      `(${(before.totalTies - before.ties).toLocaleString('en-GB')} not drawn)`,
    );
    await afterChange(page, () => testid(page, 'show-more').click());
    const after = await countsLine(page);
    expect(after.ties).toBe(400);
    expect((await drawn(page)).ties).toHaveLength(400);
    expect(after.totalTies).toBe(before.totalTies);
    expect(page.url()).toContain('more=1');
    await page.close();
  });

  it('expands a party’s own ties on demand and collapses them again', async () => {
    const page = await openUrl(browser, `${standIn.url}/`);
    // A party with more ties in the network than are drawn.
    const id = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const party = cy
        .nodes('.party')
        .filter((n) => n.data('degree') > n.connectedEdges().length + 3)
        .first();
      return party.id();
    });
    const degree = (p: Page) =>
      p.evaluate((pid) => {
        const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
        return cy.getElementById(pid).connectedEdges().length;
      }, id);
    const before = await degree(page);
    await tap(page, id);
    await afterChange(page, () => testid(page, 'expand-ties').click());
    expect(page.url()).toContain(`expand=${id}~1`);
    const expanded = await degree(page);
    expect(expanded).toBeGreaterThan(before);
    expect((await countsLine(page)).ties).toBe((await drawn(page)).ties.length);
    await afterChange(page, () => testid(page, 'collapse-ties').click());
    expect(await degree(page)).toBe(before);
    await page.close();
  });

  it('collapses a state’s parties into one node whose ties add up, and expands it again', async () => {
    const page = await openUrl(browser, `${standIn.url}/`);
    const group = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const g = cy.nodes('.group').sort((a, b) => b.children().length - a.children().length)[0]!;
      return { id: g.id(), members: g.children().length, member: g.children()[0]!.id() };
    });
    const ties = (await countsLine(page)).ties;
    await tap(page, group.member);
    await afterChange(page, () => testid(page, 'collapse-group').click());
    const folded = await page.evaluate((gid) => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const g = cy.getElementById(gid);
      return { collapsed: g.hasClass('collapsed'), isParent: g.isParent(), members: g.data('members') };
    }, group.id);
    expect(folded).toEqual({ collapsed: true, isParent: false, members: group.members });
    const c = await countsLine(page);
    expect(c.ties).toBe(ties);
    expect(c.text).toContain(`${group.members} parties inside 1 collapsed group`);
    await tap(page, group.id);
    await afterChange(page, () => testid(page, 'toggle-group').click());
    const restored = await page.evaluate((gid) => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      return cy.getElementById(gid).children().length;
    }, group.id);
    expect(restored).toBe(group.members);
    await page.close();
  });

  it('filters the ties by their dates with the slider', async () => {
    const page = await openUrl(browser, `${standIn.url}/`);
    await afterChange(page, () =>
      testid(page, 'date-from').evaluate((input: HTMLInputElement) => {
        input.value = String(Math.round(Date.parse('2024-01-01T00:00:00Z') / 86_400_000));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    );
    expect(page.url()).toContain('from=2024-01-01');
    const span = truth('2024-01-01');
    const c = await countsLine(page);
    expect(c.totalTies).toBe(span.ties);
    expect(c.totalParties).toBe(span.parties);
    expect(c.totalTies).toBeLessThan(truth().ties);
    const lastDates = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      return cy.edges().map((e) => e.data('lastDate') as string);
    });
    expect(lastDates.every((d) => d >= '2024-01-01')).toBe(true);
    await page.close();
  });

  it('shows a tie’s counts, dates and quotes, ten at a time', async () => {
    const page = await openUrl(browser, `${standIn.url}/`);
    await testid(page, 'tie-item').first().click();
    await testid(page, 'tie-summary').waitFor();
    await expect(testid(page, 'tie-summary').textContent()).resolves.toMatch(/^\d[\d,]* events, \d{4}-\d\d-\d\d to/);
    expect(await testid(page, 'tie-counts').locator('dt').count()).toBeGreaterThan(0);
    await page.locator('[data-testid="evidence-quote"]').nth(9).waitFor();
    expect(await testid(page, 'evidence-quote').count()).toBe(10);
    await expect(testid(page, 'evidence-count').textContent()).resolves.toMatch(/^10 of [\d,]+ relationships/);
    await testid(page, 'more-evidence').click();
    await page.locator('[data-testid="evidence-quote"]').nth(19).waitFor();
    expect(await testid(page, 'evidence-quote').count()).toBe(20);
    await page.close();
  });
});
