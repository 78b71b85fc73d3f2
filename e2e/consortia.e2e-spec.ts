// Consortia journey: two organisations' representatives in two browsers. A posts an
// opportunity through the board, forms a consortium led by their organisation and
// invites B's organisation from the directory; B accepts from the invitation inbox,
// opens the consortium's private Threads tab and starts a thread, which A sees arrive
// and replies to. C, a member of the same network outside the consortium, gets the
// "not found or no access" page for the consortium and for its thread.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  gql,
  launchBrowser,
  networkBySlug,
  newPage,
  newUser,
  newUserContext,
  registerMember,
  signInViaUi,
  type TestUser,
  visible,
  withDiagnostics,
} from './support';

const SLUG = 'poynton';

async function memberWithOrganisation(person: TestUser, networkId: string, organisation?: string): Promise<void> {
  const { token } = await registerMember(person, networkId);
  if (organisation) {
    await gql(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: organisation, kind: 'VOLUNTARY', networkId } },
      token,
    );
  }
}

describe('journey: forming a bid consortium with a private workspace', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
  });

  it('A posts and forms a consortium, invites B; B accepts and posts in the workspace; A sees it; C cannot open it', async () => {
    const network = await networkBySlug(SLUG);
    if (!network) throw new Error(`The demo network "${SLUG}" is missing`);
    const stamp = Date.now().toString(36);
    const lead = newUser('Amara');
    const partner = newUser('Bilal');
    const outsider = newUser('Cora');
    const leadOrg = `Poynton Carers ${stamp}`;
    const partnerOrg = `Bollington Befrienders ${stamp}`;
    await memberWithOrganisation(lead, network.id, leadOrg);
    await memberWithOrganisation(partner, network.id, partnerOrg);
    await memberWithOrganisation(outsider, network.id, `Rival Bid Team ${stamp}`);

    const contextA = await newUserContext(browser);
    const contextB = await newUserContext(browser);
    const contextC = await newUserContext(browser);
    contexts.push(contextA, contextB, contextC);
    const pageA: Page = await newPage(contextA);
    const pageB: Page = await newPage(contextB);
    const pageC: Page = await newPage(contextC);
    const opportunityTitle = `Befriending for older people ${stamp}`;
    const consortiumName = `Poynton Together ${stamp}`;
    const threadTitle = `Draft method statement ${stamp}`;

    await withDiagnostics({ 'A-lead': pageA, 'B-partner': pageB, 'C-outsider': pageC }, async () => {
      await signInViaUi(pageA, lead.email, lead.password);
      await signInViaUi(pageB, partner.email, partner.password);
      await signInViaUi(pageC, outsider.email, outsider.password);

      // A: the Opportunities tab, then "Post an opportunity".
      await pageA.goto(`/n/${SLUG}`);
      await pageA.getByRole('navigation', { name: 'Network sections' }).getByRole('link', { name: 'Opportunities' }).click();
      await visible(pageA.getByRole('heading', { level: 2, name: 'Opportunities' }));
      await pageA.getByRole('link', { name: 'Post an opportunity' }).click();
      await pageA.getByLabel('Title', { exact: true }).fill(opportunityTitle);
      await pageA.getByLabel('Funder or commissioner', { exact: true }).fill('Cheshire East Council');
      await pageA.getByLabel('Description', { exact: true }).fill('Weekly **befriending** visits. <script>alert(1)</script>');
      await pageA.getByLabel('Value (£)', { exact: true }).fill('120000');
      await pageA.getByLabel('Source URL', { exact: true }).fill('https://www.contractsfinder.service.gov.uk/notice/example');
      // Summer time: 12:00 in the UK is 11:00 UTC.
      await pageA.getByLabel('Submission deadline', { exact: true }).fill('2031-07-01T12:00');
      await pageA.getByLabel('Service tags', { exact: true }).fill('befriending, lunch clubs');
      await pageA.getByLabel('Areas', { exact: true }).fill('Poynton, Disley');
      await pageA.getByRole('button', { name: 'Post opportunity' }).click();
      await visible(pageA.getByRole('heading', { level: 1, name: opportunityTitle }));
      await visible(pageA.getByText(/Tuesday,? 1 July 2031 at 12:00/));
      await visible(pageA.locator('strong', { hasText: 'befriending' }));
      expect(await pageA.locator('main script').count()).toBe(0);
      await expectNoAxeViolations(pageA);

      // A forms a consortium led by their organisation (the only one they represent).
      await pageA.getByLabel('Consortium name', { exact: true }).fill(consortiumName);
      await pageA.getByRole('button', { name: 'Form consortium' }).click();
      await visible(pageA.getByRole('heading', { level: 1, name: consortiumName }));
      await visible(pageA.getByText('Private to consortium members.'));
      const consortiumUrl = new URL(pageA.url()).pathname;
      expect(consortiumUrl).toMatch(new RegExp(`^/n/${SLUG}/c/[0-9a-f-]+$`));

      // A invites B's organisation from the network's directory.
      await pageA.getByLabel('Organisation to invite', { exact: true }).selectOption({ label: partnerOrg });
      await pageA.getByRole('button', { name: 'Send invitation' }).click();
      await visible(pageA.getByRole('status').filter({ hasText: `${partnerOrg} has been invited as partner.` }));
      const members = pageA.getByRole('table').filter({ has: pageA.getByRole('rowheader', { name: partnerOrg }) });
      await visible(members.getByRole('row', { name: new RegExp(`${partnerOrg}.*Invited`) }));
      await expectNoAxeViolations(pageA);

      // A watches the workspace's threads.
      await pageA.getByRole('navigation', { name: 'Consortium sections' }).getByRole('link', { name: 'Threads' }).click();
      await visible(pageA.getByText('No threads yet.', { exact: false }));

      // B: "My consortia" in the header, then the invitation inbox; accepts.
      await pageB.getByRole('navigation', { name: 'Main', exact: true }).getByRole('link', { name: 'My consortia' }).click();
      await visible(pageB.getByRole('heading', { level: 1, name: 'My consortia' }));
      await pageB.goto('/consortia/invitations');
      await visible(pageB.getByRole('heading', { level: 1, name: 'Consortium invitations' }));
      await pageB.getByRole('button', { name: `Accept the invitation to ${consortiumName} for ${partnerOrg}` }).click();
      await visible(pageB.getByRole('status').filter({ hasText: `${partnerOrg} has joined ${consortiumName}.` }));
      await visible(pageB.getByText('No invitations waiting.'));
      await pageB.getByRole('link', { name: 'Open the consortium' }).click();
      await visible(pageB.getByRole('heading', { level: 1, name: consortiumName }));

      // B starts a thread in the private workspace; it opens on the forum's thread page.
      await pageB.getByRole('navigation', { name: 'Consortium sections' }).getByRole('link', { name: 'Threads' }).click();
      await pageB.getByRole('button', { name: 'Start a thread' }).click();
      await pageB.getByLabel('Title', { exact: true }).fill(threadTitle);
      await pageB.getByLabel('Message', { exact: true }).fill('I have put our **safeguarding** section in the library.');
      await pageB.getByRole('button', { name: 'Post discussion' }).click();
      await visible(pageB.getByRole('heading', { level: 1, name: threadTitle }));
      await visible(pageB.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: consortiumName }));
      const threadUrl = new URL(pageB.url()).pathname;

      // A sees the new thread arrive in the Threads tab without reloading, opens it and replies.
      const threadLink = pageA.getByRole('link', { name: threadTitle });
      await visible(threadLink, 15_000);
      await threadLink.click();
      await visible(pageA.getByRole('heading', { level: 1, name: threadTitle }));
      await pageA.getByLabel('Your reply', { exact: true }).fill('Thanks, I will add the costings.');
      await pageA.getByRole('button', { name: 'Post reply' }).click();
      await visible(pageA.getByText('Thanks, I will add the costings.'));

      // C is in the network but not the consortium: it does not exist for them.
      await pageC.goto(consortiumUrl);
      await visible(pageC.getByRole('heading', { level: 1, name: 'Consortium not found' }));
      await visible(pageC.getByText('you do not have access to it', { exact: false }));
      await pageC.goto(`${consortiumUrl}/threads`);
      await visible(pageC.getByRole('heading', { level: 1, name: 'Consortium not found' }));
      expect(await pageC.getByText(threadTitle).count()).toBe(0);
      await pageC.goto(threadUrl);
      await visible(pageC.getByRole('heading', { level: 1, name: /not found|could not load/i }));
      expect(await pageC.getByText(threadTitle).count()).toBe(0);
      await expectNoAxeViolations(pageC);
    });
  });
});
