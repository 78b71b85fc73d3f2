import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { TestProviders } from '@community-hub/web-accounts';
import {
  anonymous,
  axeViolations,
  createMockClient,
  FakeXhr,
  libraryDocument,
  renderRoutes,
  signedInAs,
  type DocumentFixture,
  type FakeHandler,
  type FakeResponse,
  type MockClient,
} from '@community-hub/web-testing';
import { DocumentPage } from './document-page';
import { UploadTransportProvider, xhrTransport } from './upload-transport';

const routes: RouteObject[] = [
  { path: '/n/:slug/d/:documentId', element: <DocumentPage /> },
  { path: '*', element: <p>elsewhere</p> },
];

function Providers({ mock, children }: { mock: MockClient; children: ReactNode }) {
  return (
    <TestProviders mock={mock}>
      <UploadTransportProvider value={xhrTransport(FakeXhr.create)}>{children}</UploadTransportProvider>
    </TestProviders>
  );
}

const threeVersions: DocumentFixture = {
  title: 'October meeting minutes',
  description: 'Agreed at the October meeting.\nSecond line.',
  folder: { id: 'f-minutes', name: 'Minutes' },
  versions: [
    { number: 1, filename: 'minutes-draft.pdf', size: 1024 },
    { number: 2, filename: 'minutes.pdf', size: 2048, uploadedBy: 'Kim Trustee' },
    { number: 3, filename: 'minutes-final.pdf', size: 4096 },
  ],
};

function setup(options: { me?: FakeResponse; document?: DocumentFixture | null; handlers?: Record<string, FakeHandler> } = {}) {
  let current = options.document === null ? null : libraryDocument(options.document ?? threeVersions);
  const mock = createMockClient({
    Me: () => options.me ?? signedInAs('Alex Example'),
    LibraryDocument: () => ({ data: { document: current } }),
    ...options.handlers,
  });
  const replace = (fixture: DocumentFixture) => {
    current = libraryDocument(fixture);
    return current;
  };
  return { mock, replace, user: userEvent.setup({ applyAccept: false }), ...renderRoutes(routes, { mock, path: '/n/macclesfield/d/doc-1', providers: Providers }) };
}

describe('DocumentPage', () => {
  beforeEach(() => FakeXhr.reset());

  it('shows title, kind, description, folder and every version with a Download link; axe clean', async () => {
    const { container } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'October meeting minutes' })).toBeTruthy();
    expect(document.title).toBe('October meeting minutes · Macclesfield Community Network · Community Hub');
    expect(screen.getAllByText('Minutes').length).toBeGreaterThan(0);
    expect(screen.getByText('Second line.', { exact: false })).toBeTruthy();
    const folderLinks = screen.getAllByRole('link', { name: 'Minutes' });
    expect(folderLinks.every((link) => link.getAttribute('href') === '/n/macclesfield/library?folder=f-minutes')).toBe(true);

    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['3', '2', '1']);
    for (const n of [1, 2, 3]) {
      const link = within(table).getByRole('link', { name: `Download version ${n}` });
      expect(link.getAttribute('href')).toBe(`/storage/download/token-doc-1-${n}`);
      expect(link.hasAttribute('download')).toBe(true);
    }
    expect(rows[1]!.textContent).toContain('minutes.pdf');
    expect(rows[1]!.textContent).toContain('2 KB');
    expect(rows[1]!.textContent).toContain('Kim Trustee');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('previews a PDF in a frame on request, from its inline preview link, and says its text is indexed', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('button', { name: 'Show preview' }));
    const frame = screen.getByTitle('Preview of October meeting minutes');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe('/storage/preview/token-doc-1-3');
    expect(screen.getByText('Text indexed')).toBeTruthy();
  });

  it.each([
    ['PENDING', 'Text being indexed…'],
    ['FAILED', 'Text extraction failed'],
    ['SKIPPED', 'Text not indexed: the file is too large'],
  ] as const)('says when the text is %s', async (textStatus, label) => {
    setup({ document: { versions: [{ number: 1, textStatus }] } });
    const facts = (await screen.findByText('Search')).closest('div')!;
    expect(within(facts).getByText(label)).toBeTruthy();
  });

  it('offers no preview for types other than PDF and images', async () => {
    setup({
      document: {
        title: 'Budget',
        versions: [{ number: 1, filename: 'budget.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }],
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Budget' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Preview' })).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByTitle(/Preview of/)).toBeNull();
  });

  it('shows an image inline with the title as alt text; axe clean', async () => {
    const { container } = setup({ document: { title: 'Hall floor plan', kind: 'OTHER', versions: [{ number: 1, filename: 'plan.png', contentType: 'image/png' }] } });
    const image = await screen.findByRole('img', { name: 'Hall floor plan' });
    expect(image.getAttribute('src')).toBe('/storage/preview/token-doc-1-1');
    expect(screen.queryByRole('button', { name: 'Show preview' })).toBeNull();
    expect(screen.getByText('Text not indexed for this type of file')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('uploads a new version with documentId and shows it in the history', async () => {
    const { user, mock, replace } = setup({
      handlers: {
        RequestUpload: () => ({
          data: {
            requestUpload: { __typename: 'UploadTicket', uploadId: 'u-9', url: '/storage/upload/t9', method: 'PUT', headers: [], expiresAt: '2026-11-22T10:00:00.000Z' },
          },
        }),
        CompleteUpload: () => ({
          data: { completeUpload: replace({ ...threeVersions, versions: [...threeVersions.versions!, { number: 4, filename: 'minutes-v4.pdf' }] }) },
        }),
      },
    });
    const input = await screen.findByLabelText('Choose a file');
    expect(input.hasAttribute('multiple')).toBe(false);
    await user.upload(input, new File(['%PDF-1.4\n'], 'minutes-v4.pdf', { type: 'application/pdf' }));
    expect(screen.queryByLabelText('Title')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Upload version' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    act(() => FakeXhr.sent[0]!.respond(200, '{}'));
    expect(await screen.findByText('Uploaded as version 4')).toBeTruthy();
    expect(mock.callsTo('CompleteUpload')[0]?.variables['input']).toEqual({ uploadId: 'u-9', documentId: 'doc-1' });
    expect(await screen.findByRole('link', { name: 'Download version 4' })).toBeTruthy();
  });

  it('offers no new version to visitors, and says when a document is missing', async () => {
    setup({ me: anonymous, document: { ...threeVersions, membership: null } });
    await screen.findByRole('heading', { level: 1, name: 'October meeting minutes' });
    expect(screen.queryByLabelText('Choose a file')).toBeNull();
  });

  it('says when there is no such document', async () => {
    setup({ document: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Document not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the library' }).getAttribute('href')).toBe('/n/macclesfield/library');
  });
});
