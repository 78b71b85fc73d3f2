// Issue 19, items 1 and 5, at a phone's width and a desktop's, each page checked with axe:
//  1. the uploader edits a document's details, moves it to another folder and deletes it
//     (after a confirmation), and renames and deletes a folder, all from the web pages;
//  5. "Subscribe to calendar" is a webcal:// subscription with an address to copy and
//     instructions, and the feed's descriptions are plain text.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  baseUrl,
  demoNetworkId,
  expectNoAxeViolations,
  gql,
  launchBrowser,
  newPage,
  newUser,
  newUserContext,
  onPath,
  registerMember,
  signInViaUi,
  statusShows,
  visible,
  withDiagnostics,
} from './support';

const SLUG = 'middlewich';

async function upload(token: string, networkId: string, folderId: string, title: string): Promise<string> {
  const bytes = Buffer.from(`%PDF-1.4\n% ${title}\n`);
  const { requestUpload: ticket } = await gql<{ requestUpload: { uploadId: string; url: string; method: string; headers: { name: string; value: string }[] } }>(
    'mutation($i: RequestUploadInput!) { requestUpload(input: $i) { uploadId url method headers { name value } } }',
    { i: { networkId, filename: 'minutes.pdf', contentType: 'application/pdf', size: bytes.length } },
    token,
  );
  const put = await fetch(ticket.url, { method: ticket.method, headers: Object.fromEntries(ticket.headers.map((h) => [h.name, h.value])), body: bytes });
  if (!put.ok) throw new Error(`Upload answered ${put.status}`);
  const done = await gql<{ completeUpload: { id: string } }>('mutation($i: CompleteUploadInput!) { completeUpload(input: $i) { id } }', { i: { uploadId: ticket.uploadId, folderId, title, kind: 'MINUTES' } }, token);
  return done.completeUpload.id;
}

const createFolder = async (token: string, networkId: string, name: string) =>
  (await gql<{ createFolder: { id: string } }>('mutation($i: CreateFolderInput!) { createFolder(input: $i) { id } }', { i: { networkId, name } }, token)).createFolder.id;

describe.each([390, 1280])('library and calendar at %i px', (width) => {
  let browser: Browser;
  let context: BrowserContext;
  const phone = width < 600;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
  });

  it('edits, moves and deletes a document, renames and deletes a folder (1), and subscribes to the calendar (5)', async () => {
    const networkId = await demoNetworkId(SLUG);
    const member = newUser('Rhian');
    const session = await registerMember(member, networkId);
    const stamp = `${width}-${Date.now().toString(36)}`;
    const minutes = await createFolder(session.token, networkId, `Minutes ${stamp}`);
    const archive = await createFolder(session.token, networkId, `Archive ${stamp}`);
    const documentId = await upload(session.token, networkId, minutes, `AGM minutes ${stamp}`);
    context = await newUserContext(browser, { viewport: { width, height: 800 }, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page: Page = await newPage(context);

    await withDiagnostics({ [`member-${width}`]: page }, async () => {
      await signInViaUi(page, member.email, member.password);

      // 1. The document page: edit the details.
      await page.goto(`/n/${SLUG}/d/${documentId}`);
      await visible(page.getByRole('heading', { level: 1, name: `AGM minutes ${stamp}` }));
      const manage = page.getByRole('region', { name: 'Manage this document' });
      await manage.getByRole('button', { name: 'Edit details', exact: true }).click();
      const details = page.getByRole('form', { name: 'Edit details' });
      await details.getByLabel('Title', { exact: true }).fill(`Annual meeting minutes ${stamp}`);
      await details.getByLabel('Description', { exact: true }).fill('Approved at the June meeting.');
      await details.getByRole('button', { name: 'Save details', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: `Annual meeting minutes ${stamp}` }));
      await expectNoAxeViolations(page, `document page at ${width}`);

      // Move it to the archive.
      await manage.getByRole('button', { name: 'Move to folder', exact: true }).click();
      const move = page.getByRole('form', { name: 'Move to folder' });
      await move.getByLabel('Folder', { exact: true }).selectOption({ label: `Archive ${stamp}` });
      await move.getByRole('button', { name: 'Move', exact: true }).click();
      await statusShows(page, `Archive ${stamp}`);

      // Delete: a confirmation first; Cancel keeps it, then it goes.
      await manage.getByRole('button', { name: 'Delete', exact: true }).click();
      const confirm = page.getByRole('dialog', { name: `Delete “Annual meeting minutes ${stamp}”?` });
      await visible(confirm);
      await expectNoAxeViolations(page, `delete dialog at ${width}`);
      await confirm.getByRole('button', { name: 'Cancel', exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: `Annual meeting minutes ${stamp}` }));
      await manage.getByRole('button', { name: 'Delete', exact: true }).click();
      await confirm.getByRole('button', { name: 'Delete document', exact: true }).click();
      await onPath(page, `/n/${SLUG}/library`);
      await visible(page.getByText(`“Annual meeting minutes ${stamp}” was deleted.`));

      // The (now empty) archive folder: rename it, then delete it.
      await page.goto(`/n/${SLUG}/library?folder=${archive}`);
      await page.getByRole('button', { name: 'Rename folder', exact: true }).click();
      const rename = page.getByRole('form', { name: 'Rename folder' });
      await rename.getByLabel('New name', { exact: true }).fill(`Old papers ${stamp}`);
      await rename.getByRole('button', { name: 'Save name', exact: true }).click();
      await visible(page.getByRole('navigation', { name: 'Breadcrumb' }).getByText(`Old papers ${stamp}`));
      await expectNoAxeViolations(page, `library folder at ${width}`);
      await page.getByRole('button', { name: 'Delete folder', exact: true }).click();
      await page.getByRole('dialog', { name: `Delete the folder “Old papers ${stamp}”?` }).getByRole('button', { name: 'Delete folder', exact: true }).click();
      await visible(page.getByText(`Folder “Old papers ${stamp}” was deleted.`));
      expect(await gql<{ document: unknown }>('query($id: ID!) { document(id: $id) { id } }', { id: documentId }, session.token).then((d) => d.document)).toBeNull();

      // 5. The calendar: a webcal:// subscription, the address to copy, and instructions.
      const startsAt = new Date(Date.now() + 5 * 86_400_000);
      await gql(
        'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
        {
          i: {
            networkId,
            title: `Litter pick ${stamp}`,
            description: `**Bring** gloves for ${stamp}, see [the map](https://example.org/map).`,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            location: 'Bull Ring',
          },
        },
        session.token,
      );
      await page.goto(`/n/${SLUG}/events`);
      const subscribe = page.getByRole('link', { name: 'Subscribe to calendar', exact: true });
      await visible(subscribe);
      const webcal = (await subscribe.getAttribute('href')) ?? '';
      expect(webcal).toMatch(/^webcal:\/\/.+\.ics$/);
      await page.getByText('How to subscribe in Outlook, Google Calendar or Apple Calendar').click();
      await visible(page.getByText(/Outlook/).first());
      await page.getByRole('button', { name: 'Copy address', exact: true }).click();
      await statusShows(page, /Address copied|Copy the address below/);
      await expectNoAxeViolations(page, `events at ${width}`);
      // The feed it subscribes to answers iCalendar, with plain-text descriptions.
      const feed = await fetch(webcal.replace(/^webcal:/, new URL(baseUrl()).protocol));
      expect(feed.status).toBe(200);
      const ics = await feed.text();
      expect(ics).toContain('BEGIN:VCALENDAR');
      // (Lines of an iCalendar file are folded at 75 octets: unfold before reading.)
      const unfolded = ics.replace(/\r?\n[ \t]/g, '');
      const ours = unfolded.split(/\r?\n/).filter((line) => line.startsWith('DESCRIPTION') && line.includes(stamp));
      // (Commas are escaped in iCalendar text.)
      expect(ours).toEqual([expect.stringMatching(/Bring gloves for .+\\?, see the map/)]);
      for (const line of unfolded.split(/\r?\n/).filter((l) => l.startsWith('DESCRIPTION'))) expect(line).not.toMatch(/\*\*|\]\(/);
    });
  });
});
