// Journey a: a newcomer signs up, finds the Macclesfield network in the
// directory, joins it, and is still a member after a reload.
import type { Browser } from 'playwright-core';
import {
  currentPath,
  launchBrowser,
  mainNav,
  networkBySlug,
  newPage,
  newUser,
  newUserContext,
  onPath,
  signUpViaUi,
  statusShows,
  visible,
  withDiagnostics,
  type NetworkSummary,
} from './support';

describe('journey: sign up and join a public network', () => {
  let browser: Browser;
  let macclesfield: NetworkSummary;

  beforeAll(async () => {
    browser = await launchBrowser();
    const network = await networkBySlug('macclesfield');
    if (!network) throw new Error('The demo data has no "macclesfield" network');
    macclesfield = network;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs up, lands on their home with the directory below, opens Macclesfield and joins it; a reload keeps the membership', async () => {
    const context = await newUserContext(browser);
    const page = await newPage(context);
    const user = newUser('Alice');
    try {
      await withDiagnostics({ newcomer: page }, async () => {
        await signUpViaUi(page, user);

        // Signed-in header: the person's name, "Sign out", and the Main nav links.
        await visible(page.getByRole('button', { name: 'Sign out', exact: true }));
        await visible(page.getByText(user.name));
        await visible(mainNav(page).getByRole('link', { name: 'Networks', exact: true }));
        await visible(mainNav(page).getByRole('link', { name: 'My profile', exact: true }));
        expect(await mainNav(page).getByRole('link', { name: 'Sign in', exact: true }).count()).toBe(0);

        // Layout: <main id="main">; below the home, the directory groups networks under an h3 per area.
        await visible(page.locator('main#main'));
        await visible(page.getByRole('main').getByRole('heading', { level: 3, name: macclesfield.area, exact: true }));

        // The directory lists the network as a link to /n/macclesfield.
        const link = page.getByRole('main').getByRole('link', { name: macclesfield.name, exact: true });
        await visible(link);
        expect(await link.getAttribute('href')).toMatch(/\/n\/macclesfield\/?$/);
        await link.click();
        await onPath(page, '/n/macclesfield');
        await visible(page.getByRole('heading', { level: 1, name: macclesfield.name, exact: true }));

        // The network page links to its members and organisations.
        expect(await (await visible(page.getByRole('link', { name: 'Members', exact: true }))).getAttribute('href')).toMatch(
          /\/n\/macclesfield\/members\/?$/,
        );
        expect(
          await (await visible(page.getByRole('link', { name: 'Organisations', exact: true }))).getAttribute('href'),
        ).toMatch(/\/n\/macclesfield\/organisations\/?$/);

        await page.getByRole('button', { name: 'Join network', exact: true }).click();
        await statusShows(page, 'You are a member');
        expect(await page.getByRole('button', { name: 'Join network', exact: true }).count()).toBe(0);

        await page.reload();
        await visible(page.getByRole('heading', { level: 1, name: macclesfield.name, exact: true }));
        await statusShows(page, 'You are a member');
        expect(await page.getByRole('button', { name: 'Join network', exact: true }).count()).toBe(0);
        expect(currentPath(page)).toBe('/n/macclesfield');
      });
    } finally {
      await context.close();
    }
  });
});
