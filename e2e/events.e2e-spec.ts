// Events journey: two members of one network in two browsers. A publicises a
// weekly event with a capacity through the form; B opens it and presses Going;
// A's open event page shows the count move from "0 / 5 going" to "1 / 5 going"
// without a reload, and the event is in the network's list.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  demoNetworkId,
  launchBrowser,
  newPage,
  newUser,
  newUserContext,
  onPath,
  registerMember,
  signInViaUi,
  visible,
  withDiagnostics,
} from './support';

const SLUG = 'knutsford';
const CAPACITY = 5;

/** The UK date a week from now, as a date input takes it ("2026-11-03"). */
function ukDateInAWeek(): string {
  return new Date(Date.now() + 7 * 24 * 3600 * 1000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

describe('journey: an RSVP moves the going count live in another browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  it('A publishes a weekly event with a capacity; B presses Going; A sees 1 / 5 going without reloading', async () => {
    const organiser = newUser('Asha');
    const member = newUser('Ben');
    const networkId = await demoNetworkId(SLUG);
    for (const person of [organiser, member]) {
      await registerMember(person, networkId);
    }
    const contextA = await newUserContext(browser);
    const contextB = await newUserContext(browser);
    contexts.push(contextA, contextB);
    const pageA: Page = await newPage(contextA);
    const pageB: Page = await newPage(contextB);
    const run = Date.now().toString(36);
    const title = `Knit and Natter ${run}`;
    const date = ukDateInAWeek();

    await withDiagnostics({ 'A-organiser': pageA, 'B-member': pageB }, async () => {
      await signInViaUi(pageA, organiser.email, organiser.password);
      await signInViaUi(pageB, member.email, member.password);

      // A: Events tab, then the form.
      await pageA.goto(`/n/${SLUG}`);
      await pageA.getByRole('navigation', { name: 'Network sections' }).getByRole('link', { name: 'Events' }).click();
      await onPath(pageA, `/n/${SLUG}/events`);
      await visible(pageA.getByRole('heading', { level: 2, name: 'Events', exact: true }));
      await pageA.getByRole('link', { name: 'Publicise an event' }).click();
      await onPath(pageA, `/n/${SLUG}/events/new`);
      await pageA.getByLabel('Title', { exact: true }).fill(title);
      await pageA.getByLabel('Description', { exact: true }).fill('Bring your own **wool**. <script>alert(1)</script>');
      await pageA.getByLabel('Date', { exact: true }).fill(date);
      await pageA.getByLabel('Start time', { exact: true }).fill('10:00');
      await pageA.getByLabel('End time', { exact: true }).fill('12:00');
      // A venue of its own, so no other journey's event clashes with it.
      await pageA.getByLabel('Location', { exact: true }).fill(`Community room ${run}`);
      await pageA.getByLabel('Capacity (optional)', { exact: true }).fill(String(CAPACITY));
      await pageA.getByLabel('Repeat', { exact: true }).selectOption('WEEKLY');
      await pageA.getByLabel('Number of times', { exact: true }).fill('4');
      await pageA.getByRole('button', { name: 'Publish event' }).click();

      // A lands on the event page: UK time, the series, and nobody going yet.
      await visible(pageA.getByRole('heading', { level: 1, name: title }));
      await pageA.waitForURL((url) => /^\/n\/knutsford\/e\/[0-9a-f-]+$/.test(url.pathname));
      const eventUrl = new URL(pageA.url()).pathname;
      await visible(pageA.getByText('Your event was published.'));
      await visible(pageA.getByText(/every week/));
      await visible(pageA.getByText(/10:00–12:00/).first());
      await visible(pageA.getByText(`0 / ${CAPACITY} going`));
      expect(await pageA.locator('main script').count()).toBe(0);
      let navigationsA = 0;
      pageA.on('framenavigated', (frame) => frame === pageA.mainFrame() && navigationsA++);

      // B opens the event and presses Going.
      await pageB.goto(eventUrl);
      await visible(pageB.getByRole('heading', { level: 1, name: title }));
      await visible(pageB.getByText(`0 / ${CAPACITY} going`));
      await pageB.getByRole('button', { name: 'Going', exact: true }).click();
      await visible(pageB.getByText('You’re going.'));
      await visible(pageB.getByText(`1 / ${CAPACITY} going`));
      expect(await pageB.getByRole('button', { name: 'Going', exact: true }).getAttribute('aria-pressed')).toBe('true');

      // A's page, left open, shows the new count without a reload.
      await visible(pageA.getByText(`1 / ${CAPACITY} going`), 15_000);
      expect(navigationsA).toBe(0);
      // As organiser, A sees B in the attendee table.
      await visible(pageA.getByRole('table').getByRole('rowheader', { name: member.name }));

      // The event is in the network's list (each weekly occurrence is).
      await pageA.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Events' }).click();
      await onPath(pageA, `/n/${SLUG}/events`);
      const occurrences = pageA.getByRole('link', { name: title, exact: true });
      await visible(occurrences);
      expect(await occurrences.count()).toBeGreaterThanOrEqual(2);
      const firstRow = pageA.getByRole('listitem').filter({ has: occurrences.first() });
      await visible(firstRow.getByText(`1 / ${CAPACITY} going`));

      // And in the month calendar (the week ahead may fall in next month).
      await pageA.getByRole('button', { name: 'Month', exact: true }).click();
      const month = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' });
      await visible(pageA.getByRole('table'));
      const calendar = pageA.getByRole('table', { name: month });
      if (!(await calendar.isVisible())) await pageA.getByRole('button', { name: /Next month/ }).click();
      await visible(calendar.getByRole('link', { name: `10:00 ${title}` }));
      // Every page of the month loaded: no "too expensive" or other error.
      expect(await pageA.getByRole('alert').count()).toBe(0);
    });
  });
});

