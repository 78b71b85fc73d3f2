// Journeys for running a network (issue 21): a coordinator's settings page, an
// invitation from the invitations page through its email link to a new member of
// a HIDDEN network, and the report page with its CSV.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  admin,
  createNetwork,
  eventually,
  expectNoAxeViolations,
  launchBrowser,
  loginAsAdmin,
  newPage,
  newUser,
  newUserContext,
  signInViaUi,
  statusShows,
  TERMS_CHECKBOX,
  uniqueSlug,
  visible,
  withDiagnostics,
  type NetworkSummary,
} from './support';

/** The accept link's path and query in the newest email to `to` (the server writes mail to DATA_DIR/mail). */
async function invitationPathFor(to: string): Promise<string> {
  const dir = join(process.env.E2E_DATA_DIR ?? '', 'mail');
  let found: string | null = null;
  await eventually(async () => {
    let files: string[] = [];
    try {
      files = readdirSync(dir).sort();
    } catch {
      return false;
    }
    for (const file of files) {
      const mail = await simpleParser(readFileSync(join(dir, file)));
      const address = Array.isArray(mail.to) ? mail.to[0].text : mail.to?.text;
      const match = address === to ? /https?:\/\/[^\s/]+(\/invitations\/accept\?token=[A-Za-z0-9_%-]+)/.exec(mail.text ?? '') : null;
      if (match) found = match[1];
    }
    return found !== null;
  }, 20_000);
  return found!;
}

describe('journeys: running a network (settings, invitations, report)', () => {
  let browser: Browser;
  let network: NetworkSummary;
  let coordinator: BrowserContext;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const { token } = await loginAsAdmin();
    const slug = uniqueSlug('run');
    network = await createNetwork(token, { slug, name: `Run Circle ${slug.split('-').pop()}`, description: 'Made by the e2e suite.', visibility: 'PUBLIC' });
    coordinator = await newUserContext(browser);
    contexts.push(coordinator);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  it('settings: the network admin renames it, makes it HIDDEN and adds a welcome message', async () => {
    const page = await newPage(coordinator);
    await withDiagnostics({ coordinator: page }, async () => {
      await signInViaUi(page, admin.email, admin.password);
      await page.goto(`/n/${network.slug}`);
      await page.getByRole('navigation', { name: 'Network sections' }).getByRole('link', { name: 'Settings', exact: true }).click();
      await visible(page.getByRole('heading', { name: 'Network settings' }));
      await page.getByLabel('Name', { exact: true }).fill(`${network.name} (hidden)`);
      await page.getByRole('radio', { name: /^Hidden/ }).check();
      await page.getByLabel('Welcome message', { exact: true }).fill('Welcome! Introduce yourself in **Discussions**.');
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Save settings' }).click();
      await statusShows(page, 'Settings saved.');
      await visible(page.getByRole('heading', { level: 1, name: `${network.name} (hidden)` }));
      network = { ...network, name: `${network.name} (hidden)` };
    });
  });

  it('invitation: invited from the invitations page, the email link signs a new person up and makes them a member', async () => {
    const page = await newPage(coordinator);
    const invitee = newUser('Ines');
    await withDiagnostics({ coordinator: page }, async () => {
      await page.goto(`/n/${network.slug}/invitations`);
      await page.getByLabel('Email addresses').fill(`Ines Invitee,${invitee.email},Food Bank\nnot-an-address`);
      await page.getByRole('button', { name: 'Check the list' }).click();
      await visible(page.getByRole('heading', { name: /1 invitation to send/ }));
      await visible(page.getByText('Will be invited'));
      await visible(page.getByText('Not a valid address'));
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Send 1 invitation' }).click();
      await statusShows(page, '1 invitation sent.');
      await visible(page.getByText(invitee.email));
    });

    const path = await invitationPathFor(invitee.email);
    const context = await newUserContext(browser);
    contexts.push(context);
    const newcomer = await newPage(context);
    await withDiagnostics({ newcomer }, async () => {
      await newcomer.goto(path);
      await visible(newcomer.getByRole('heading', { level: 1, name: `You are invited to join ${network.name}` }));
      await newcomer.getByRole('link', { name: 'Create an account' }).click();
      await visible(newcomer.getByRole('heading', { level: 1, name: 'Create an account' }));
      expect(await newcomer.getByLabel('Email', { exact: true }).inputValue()).toBe(invitee.email);
      await newcomer.getByLabel('Name', { exact: true }).fill(invitee.name);
      await newcomer.getByLabel('Password', { exact: true }).fill(invitee.password);
      await newcomer.getByRole('checkbox', { name: TERMS_CHECKBOX, exact: true }).check();
      await newcomer.getByRole('button', { name: 'Create account' }).click();
      await visible(newcomer.getByRole('heading', { level: 1, name: `Welcome to ${network.name}` }));
      await statusShows(newcomer, 'You are now a member.');
      await newcomer.getByRole('link', { name: `Go to ${network.name}` }).click();
      await visible(newcomer.getByRole('heading', { level: 1, name: network.name }));
      await visible(newcomer.getByRole('heading', { name: `Welcome to ${network.name}` }));
    });
  });

  it('report: charts with tables and a CSV download', async () => {
    const page = await newPage(coordinator);
    await withDiagnostics({ coordinator: page }, async () => {
      await page.goto(`/n/${network.slug}/report`);
      await visible(page.getByRole('heading', { name: 'Network report' }));
      await visible(page.getByRole('img', { name: /Active members and organisations/ }));
      await page.getByText('Figures as a table').first().click();
      await visible(page.getByRole('table', { name: 'Active members and organisations' }));
      await expectNoAxeViolations(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(download.suggestedFilename()).toBe(`${network.slug}-report.csv`);
      const body = readFileSync(await download.path());
      expect(body.toString('utf8').split('\n')[0]).toMatch(/^month,activeMembers,/);
    });
  });
});
