import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { TestProviders } from '@community-hub/web-accounts';
import { NetworkLayout } from '@community-hub/web-networks';
import {
  anonymous,
  apiError,
  axeViolations,
  createMockClient,
  documentsPage,
  FakeXhr,
  folder,
  libraryDocument,
  network,
  renderRoutes,
  signedInAs,
  type FakeHandler,
  type FakeResponse,
  type MockClient,
  type NetworkFixture,
} from '@community-hub/web-testing';
import { MAX_UPLOAD_BYTES } from './file-rules';
import { LibraryPage } from './library-page';
import { UploadTransportProvider, xhrTransport } from './upload-transport';

const routes: RouteObject[] = [
  { path: '/n/:slug', element: <NetworkLayout />, children: [{ path: 'library', element: <LibraryPage /> }] },
  { path: '/n/:slug/d/:documentId', element: <p>document page</p> },
  { path: '*', element: <p>elsewhere</p> },
];

const folders = [folder('f-minutes', 'Minutes'), folder('f-2026', '2026', 'f-minutes'), folder('f-policies', 'Policies')];

const topDocuments = [
  libraryDocument({
    id: 'doc-safeguarding',
    title: 'Safeguarding policy',
    kind: 'POLICY',
    tags: ['safeguarding', 'trustees'],
    versions: [{ number: 1, filename: 'safeguarding.pdf', size: 1536 }],
  }),
  libraryDocument({
    id: 'doc-report',
    title: 'Annual report',
    kind: 'REPORT',
    versions: [
      { number: 1, filename: 'report.docx' },
      { number: 2, filename: 'report-final.docx', size: 2 * 1024 * 1024, uploadedBy: 'Kim Trustee' },
    ],
  }),
];

function Providers({ mock, children }: { mock: MockClient; children: ReactNode }) {
  return (
    <TestProviders mock={mock}>
      <UploadTransportProvider value={xhrTransport(FakeXhr.create)}>{children}</UploadTransportProvider>
    </TestProviders>
  );
}

function setup(options: { me?: FakeResponse; membership?: NetworkFixture['myMembership']; handlers?: Record<string, FakeHandler>; path?: string } = {}) {
  const mock = createMockClient({
    Me: () => options.me ?? signedInAs('Alex Example'),
    Network: () => ({ data: { network: network({ myMembership: options.membership === undefined ? {} : options.membership }) } }),
    LibraryFolders: () => ({ data: { network: { __typename: 'Network', id: 'net-1', folders } } }),
    // Filtering is the API's job: the mock answers like it, by kind and tag.
    LibraryDocuments: (variables) => ({
      data: {
        network: {
          __typename: 'Network',
          id: 'net-1',
          documents: documentsPage(
            variables['folderId']
              ? []
              : topDocuments.filter(
                  (d) => (!variables['kind'] || d.kind === variables['kind']) && (!variables['tag'] || d.tags.includes(variables['tag'] as string)),
                ),
          ),
        },
      },
    }),
    ...options.handlers,
  });
  const user = userEvent.setup({ applyAccept: false });
  return { mock, user, ...renderRoutes(routes, { mock, path: options.path ?? '/n/macclesfield/library', providers: Providers }) };
}

const pdf = (name = 'minutes.pdf', size?: number) => {
  const file = new File(['%PDF-1.4\n%fake\n'], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return file;
};

describe('LibraryPage', () => {
  beforeEach(() => FakeXhr.reset());

  it('offers rename and delete only on a folder the viewer may change', async () => {
    setup({ path: '/n/macclesfield/library?folder=f-policies' });
    await screen.findByRole('link', { name: 'Policies' });
    expect(screen.queryByRole('button', { name: 'Rename folder' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete folder' })).toBeNull();
  });

  it('renames a folder, and deletes one only after a confirmation that shows why a non-empty folder stays; axe clean', async () => {
    let full = true;
    const editable = [folder('f-minutes', 'Minutes'), folder('f-policies', 'Policies', null, false, true)];
    const { user, mock, container } = setup({
      path: '/n/macclesfield/library?folder=f-policies',
      handlers: {
        LibraryFolders: () => ({ data: { network: { __typename: 'Network', id: 'net-1', folders: editable } } }),
        RenameFolder: (variables) => {
          const input = variables['input'] as { folderId: string; name: string };
          return { data: { renameFolder: { __typename: 'Folder', id: input.folderId, name: input.name, parentId: null } } };
        },
        DeleteFolder: () =>
          full
            ? { data: null, errors: [{ message: '“Policies” still holds 2 documents: move or delete them first', extensions: { code: 'CONFLICT', reason: 'FOLDER_NOT_EMPTY', documents: 2, folders: 0 } }] }
            : { data: { deleteFolder: 'f-policies' } },
      },
    });
    const rename = await screen.findByRole('button', { name: 'Rename folder' });
    await user.click(rename);
    const form = screen.getByRole('form', { name: 'Rename folder' });
    const name = within(form).getByLabelText('New name');
    expect(document.activeElement).toBe(name);
    await user.clear(name);
    await user.type(name, 'Policies and procedures');
    await user.click(within(form).getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Folder renamed to “Policies and procedures”.')).toBeTruthy();
    expect(mock.callsTo('RenameFolder')[0]?.variables).toEqual({ input: { folderId: 'f-policies', name: 'Policies and procedures' } });
    expect(document.activeElement).toBe(rename);

    const remove = screen.getByRole('button', { name: 'Delete folder' });
    await user.click(remove);
    const dialog = await screen.findByRole('dialog', { name: 'Delete the folder “Policies”?' });
    expect(within(dialog).getByText(/Only an empty folder can be deleted/)).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Delete folder' }));
    expect(await within(dialog).findByText('“Policies” still holds 2 documents: move or delete them first.')).toBeTruthy();
    expect(within(dialog).getByText(/move its documents elsewhere/)).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(remove);

    full = false;
    await user.click(remove);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete folder' }));
    expect(await screen.findByText('Folder “Policies” was deleted.')).toBeTruthy();
    expect(mock.callsTo('DeleteFolder')).toHaveLength(2);
    expect(screen.queryByRole('navigation', { name: 'Breadcrumb' })).toBeNull();
  });

  it('shows breadcrumbs, the folder tree and the documents with kind, file, size and uploader; axe clean', async () => {
    const { container } = setup();
    expect(await screen.findByRole('heading', { level: 2, name: 'Library' })).toBeTruthy();
    // At the top level the heading is the only "Library" (issue 19: no "Library / Library").
    expect(screen.queryByRole('navigation', { name: 'Breadcrumb' })).toBeNull();
    // (The network's own "Library" tab sits above the section.)
    expect(within(screen.getByRole('region', { name: 'Library' })).getAllByText('Library', { exact: true })).toHaveLength(1);

    const tree = screen.getByRole('navigation', { name: 'Folders' });
    const minutes = await within(tree).findByRole('link', { name: 'Minutes' });
    expect(minutes.getAttribute('href')).toBe('/n/macclesfield/library?folder=f-minutes');
    // 2026 is nested inside Minutes.
    const minutesItem = minutes.closest('li') as HTMLElement;
    expect(within(minutesItem).getByRole('link', { name: '2026' })).toBeTruthy();
    expect(within(tree).getByRole('link', { name: 'Top level' }).getAttribute('aria-current')).toBe('page');

    const table = await screen.findByRole('table', { name: 'Documents at the top level' });
    const report = (await within(table).findByRole('link', { name: 'Annual report' })).closest('tr') as HTMLElement;
    expect(within(report).getByRole('link', { name: 'Annual report' }).getAttribute('href')).toBe('/n/macclesfield/d/doc-report');
    expect(report.textContent).toContain('Report');
    expect(report.textContent).toContain('report-final.docx');
    expect(report.textContent).toContain('2 MB');
    expect(report.textContent).toContain('Kim Trustee');
    expect(within(table).getByText('1.5 KB')).toBeTruthy();
    expect(screen.getByLabelText('Choose files')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('filters by kind and opens a nested folder with its trail', async () => {
    const { user, mock, router } = setup();
    const table = await screen.findByRole('table');
    await within(table).findByRole('link', { name: 'Annual report' });
    await user.selectOptions(screen.getByLabelText('Kind'), 'POLICY');
    expect(router.state.location.search).toBe('?kind=POLICY');
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Annual report' })).toBeNull());
    expect(within(table).getByRole('link', { name: 'Safeguarding policy' })).toBeTruthy();
    expect(mock.callsTo('LibraryDocuments').at(-1)?.variables).toMatchObject({ kind: 'POLICY', tag: null, folderId: null, after: null });
    expect(within(table).getByText('Documents at the top level: Policy')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: '2026' }));
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Library' })).toBeTruthy();
    expect(within(crumbs).getByRole('link', { name: 'Minutes' })).toBeTruthy();
    expect(within(crumbs).getByText('2026').getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('No documents here yet.')).toBeTruthy();
    expect(mock.callsTo('LibraryDocuments').at(-1)?.variables).toMatchObject({ folderId: 'f-2026' });
  });

  it('filters by tag on the server, from the tag field or a tag link, and clears it', async () => {
    const { user, mock, router } = setup();
    const table = await screen.findByRole('table');
    await within(table).findByRole('link', { name: 'Annual report' });
    await user.type(screen.getByLabelText('Tag'), ' Trustees ');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(router.state.location.search).toBe('?tag=trustees');
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Annual report' })).toBeNull());
    expect(mock.callsTo('LibraryDocuments').at(-1)?.variables).toMatchObject({ tag: 'trustees', kind: null });

    await user.click(screen.getByRole('button', { name: 'Clear tag “trustees”' }));
    expect(router.state.location.search).toBe('');
    expect(await within(table).findByRole('link', { name: 'Annual report' })).toBeTruthy();

    await user.click(within(table).getByRole('link', { name: 'Show documents tagged safeguarding' }));
    expect(router.state.location.search).toBe('?tag=safeguarding');
    expect((screen.getByLabelText('Tag') as HTMLInputElement).value).toBe('safeguarding');
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Annual report' })).toBeNull());
  });

  it('asks the API for the next page with the same filters', async () => {
    const { user, mock } = setup({
      path: '/n/macclesfield/library?kind=POLICY',
      handlers: {
        LibraryDocuments: (variables) => ({
          data: {
            network: {
              __typename: 'Network',
              id: 'net-1',
              documents: variables['after']
                ? documentsPage([libraryDocument({ id: 'doc-older', title: 'Older policy', kind: 'POLICY' })])
                : documentsPage([topDocuments[0]!], { hasNextPage: true, endCursor: 'cursor-1' }),
            },
          },
        }),
      },
    });
    await user.click(await screen.findByRole('button', { name: /more/i }));
    expect(await screen.findByRole('link', { name: 'Older policy' })).toBeTruthy();
    expect(mock.callsTo('LibraryDocuments').at(-1)?.variables).toMatchObject({ kind: 'POLICY', after: 'cursor-1' });
  });

  it('creates a folder inside the current one', async () => {
    const { user, mock } = setup({
      path: '/n/macclesfield/library?folder=f-minutes',
      handlers: { CreateFolder: (variables) => ({ data: { createFolder: { __typename: 'Folder', id: 'f-new', name: (variables['input'] as { name: string }).name, parentId: 'f-minutes' } } }) },
    });
    await user.click(await screen.findByRole('button', { name: 'New folder' }));
    await user.type(screen.getByLabelText('Folder name'), 'Archive');
    await user.click(screen.getByRole('button', { name: 'Create folder' }));
    expect(await screen.findByText('Folder “Archive” created.')).toBeTruthy();
    expect(mock.callsTo('CreateFolder')[0]?.variables).toEqual({ input: { networkId: 'net-1', name: 'Archive', parentId: 'f-minutes' } });
  });

  it('uploads several files: progress from the XHR, then completeUpload with title, kind and folder', async () => {
    let tickets = 0;
    const { user, mock } = setup({
      path: '/n/macclesfield/library?folder=f-minutes',
      handlers: {
        RequestUpload: () => {
          tickets += 1;
          return {
            data: {
              requestUpload: {
                __typename: 'UploadTicket',
                uploadId: `upload-${tickets}`,
                url: `/storage/upload/token-${tickets}`,
                method: 'PUT',
                headers: [{ __typename: 'Header', name: 'Content-Type', value: tickets === 1 ? 'application/pdf' : 'text/csv' }],
                expiresAt: '2026-11-22T10:00:00.000Z',
              },
            },
          };
        },
        CompleteUpload: (variables) => {
          const input = variables['input'] as { uploadId: string; title: string; kind: 'MINUTES' };
          if (input.uploadId === 'upload-2') return apiError('BAD_USER_INPUT', 'The contents do not match the declared type');
          return { data: { completeUpload: libraryDocument({ id: 'doc-new', title: input.title, kind: input.kind }) } };
        },
      },
    });
    const input = await screen.findByLabelText('Choose files');
    const csv = new File(['name,role\nAsha,chair\n'], 'members.csv', { type: '' });
    await user.upload(input, [pdf('October minutes.pdf'), csv]);

    const first = screen.getByRole('group', { name: 'Details for October minutes.pdf' });
    // In the "Minutes" folder a new document is suggested to be minutes.
    expect((within(first).getByLabelText('Kind') as HTMLSelectElement).value).toBe('MINUTES');
    expect((within(first).getByLabelText('Title') as HTMLInputElement).value).toBe('October minutes');
    await user.clear(within(first).getByLabelText('Title'));
    await user.type(within(first).getByLabelText('Title'), 'Minutes: October');
    await user.selectOptions(within(first).getByLabelText('Kind'), 'MINUTES');
    await user.click(screen.getByRole('button', { name: 'Upload 2 files' }));

    await waitFor(() => expect(FakeXhr.sent).toHaveLength(2));
    expect(mock.callsTo('RequestUpload').map((call) => call.variables['input'])).toEqual([
      { networkId: 'net-1', filename: 'October minutes.pdf', contentType: 'application/pdf', size: 15 },
      { networkId: 'net-1', filename: 'members.csv', contentType: 'text/csv', size: csv.size },
    ]);
    const [pdfXhr, csvXhr] = FakeXhr.sent;
    expect(pdfXhr).toMatchObject({ method: 'PUT', url: '/storage/upload/token-1', headers: { 'Content-Type': 'application/pdf' } });

    act(() => pdfXhr!.progress(6, 15));
    const bar = screen.getByRole('progressbar', { name: 'October minutes.pdf' }) as HTMLProgressElement;
    expect(bar.value).toBe(6);
    expect(bar.max).toBe(15);
    expect(screen.getByText('6 bytes of 15 bytes')).toBeTruthy();
    expect(mock.callsTo('CompleteUpload')).toHaveLength(0);

    act(() => pdfXhr!.respond(200, '{}'));
    expect(await screen.findByRole('link', { name: 'Minutes: October' })).toBeTruthy();
    expect(bar.value).toBe(15);
    expect(mock.callsTo('CompleteUpload')[0]?.variables['input']).toEqual({
      uploadId: 'upload-1',
      folderId: 'f-minutes',
      title: 'Minutes: October',
      kind: 'MINUTES',
    });

    act(() => csvXhr!.respond(200, '{}'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The contents do not match the declared type');
    // Suggested from the folder's name, like every file added to "Minutes".
    expect(mock.callsTo('CompleteUpload')[1]?.variables['input']).toEqual({ uploadId: 'upload-2', folderId: 'f-minutes', title: 'members', kind: 'MINUTES' });
  });

  it('refuses a wrong type and an oversize file before calling the API', async () => {
    const { user, mock } = setup();
    const input = await screen.findByLabelText('Choose files');
    await user.upload(input, [new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }), pdf('huge.pdf', MAX_UPLOAD_BYTES + 1)]);
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts[0]).toMatch(/^“setup.exe” is not a type of file the library accepts\. Allowed: PDF/);
    expect(alerts[1]).toBe('“huge.pdf” is 100 MB: files can be at most 100 MB.');
    expect(screen.queryByRole('button', { name: /^Upload/ })).toBeNull();
    expect(mock.callsTo('RequestUpload')).toHaveLength(0);
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('shows the API refusal of requestUpload and a failed transfer', async () => {
    const { user, mock } = setup({
      handlers: {
        RequestUpload: (variables) =>
          (variables['input'] as { filename: string }).filename === 'a.pdf'
            ? apiError('BAD_USER_INPUT', 'Files can be at most 104 MB')
            : {
                data: {
                  requestUpload: { __typename: 'UploadTicket', uploadId: 'u', url: '/storage/upload/x', method: 'PUT', headers: [], expiresAt: '2026-11-22T10:00:00.000Z' },
                },
              },
      },
    });
    await user.upload(await screen.findByLabelText('Choose files'), [pdf('a.pdf'), pdf('b.pdf')]);
    await user.click(screen.getByRole('button', { name: 'Upload 2 files' }));
    await waitFor(() => expect(FakeXhr.sent).toHaveLength(1));
    act(() => FakeXhr.sent[0]!.respond(403, JSON.stringify({ error: { code: 'FORBIDDEN', message: 'This upload link is invalid or has expired' } })));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      'Files can be at most 104 MB',
      'This upload link is invalid or has expired',
    ]);
    expect(mock.callsTo('CompleteUpload')).toHaveLength(0);
  });

  it('watches a folder with a toggle button (aria-pressed) and stops again', async () => {
    const watched = new Set<string>();
    const { user, mock } = setup({
      path: '/n/macclesfield/library?folder=f-minutes',
      handlers: {
        LibraryFolders: () => ({
          data: { network: { __typename: 'Network', id: 'net-1', folders: folders.map((item) => ({ ...item, watching: watched.has(item.id) })) } },
        }),
        WatchFolder: (variables) => {
          if (variables['watch']) watched.add(String(variables['folderId']));
          else watched.delete(String(variables['folderId']));
          return { data: { watchFolder: variables['watch'] } };
        },
      },
    });
    const toggle = await screen.findByRole('button', { name: 'Watch folder' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(mock.callsTo('WatchFolder').map((call) => call.variables)).toEqual([{ folderId: 'f-minutes', watch: true }]);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    expect(screen.getByText('You will be notified of new documents in “Minutes”.')).toBeTruthy();
    // The folder list was asked for again, so Folder.watching is the server's.
    expect(mock.callsTo('LibraryFolders').length).toBeGreaterThan(1);

    await user.click(toggle);
    expect(mock.callsTo('WatchFolder').at(-1)?.variables).toEqual({ folderId: 'f-minutes', watch: false });
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('false'));
  });

  it('offers no "Watch folder" at the top level or to visitors', async () => {
    setup();
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Watch folder' })).toBeNull();
  });

  it('offers no upload or new folder to visitors', async () => {
    setup({ me: anonymous, membership: null });
    await screen.findByRole('table');
    expect(screen.queryByLabelText('Choose files')).toBeNull();
    expect(screen.queryByRole('button', { name: 'New folder' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Watch folder' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toContain('/signin');
  });
});
