import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSubject } from 'wonka';
import type { RouteObject } from 'react-router';
import { TestProviders } from '@community-hub/web-accounts';
import {
  anonymous,
  apiError,
  axeViolations,
  createMockClient,
  post,
  postsPage,
  renderRoutes,
  signedInAs,
  threadDetails,
  type FakeHandler,
  type FakeResponse,
  type ThreadFixture,
} from '@community-hub/web-testing';
import { ThreadPage } from './thread-page';

const routes: RouteObject[] = [
  { path: '/n/:slug/t/:threadId', element: <ThreadPage /> },
  { path: '*', element: <p>elsewhere</p> },
];

const noEvents = () => makeSubject<FakeResponse>().source;

const threePosts = [
  post({ position: 1, body: 'Coats to the **church hall**, please.', author: 'Sam Organiser' }),
  post({ position: 2, body: 'I can drive a van on Saturday.', author: 'Kim Trustee', editedAt: '2026-11-01T12:00:00.000Z' }),
  post({ position: 3, deleted: true, author: 'Lee Officer' }),
];

function setup(
  options: { me?: FakeResponse; thread?: ThreadFixture; posts?: ReturnType<typeof post>[]; handlers?: Record<string, FakeHandler>; path?: string } = {},
) {
  const posts = options.posts ?? threePosts;
  const mock = createMockClient({
    Me: () => options.me ?? signedInAs(),
    Thread: () => ({ data: { thread: threadDetails({ postCount: posts.length, ...options.thread }) } }),
    ThreadPosts: (variables) => ({
      data: {
        thread: {
          __typename: 'Thread',
          id: 'thread-1',
          posts: postsPage(posts.filter((p) => p.position >= Number(variables.fromPosition ?? 1)).slice(0, Number(variables.first ?? 50))),
        },
      },
    }),
    PostAdded: noEvents,
    PostUpdated: noEvents,
    MarkThreadRead: () => ({ data: { markThreadRead: { __typename: 'Thread', id: 'thread-1', unreadCount: 0 } } }),
    ...options.handlers,
  });
  const rendered = renderRoutes(routes, { mock, providers: TestProviders, path: options.path ?? '/n/macclesfield/t/thread-1' });
  return { mock, ...rendered };
}

function postArticle(position: number): HTMLElement {
  return document.getElementById(`post-${position}`) as HTMLElement;
}

describe('ThreadPage', () => {
  it('shows the title, tags, posts in order with author, time, edited marker, safe Markdown and removed posts', async () => {
    const { container, mock } = setup({ thread: { title: 'Winter coat collection', tags: ['events'], pinned: true } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Winter coat collection' })).toBeTruthy();
    expect(await screen.findByText('I can drive a van on Saturday.')).toBeTruthy();
    expect(screen.getByText('Pinned')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tag: events' }).getAttribute('href')).toBe('/n/macclesfield/threads?tag=events');
    const authors = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(authors).toEqual(['Sam Organiser, post 1', 'Kim Trustee, post 2', 'Lee Officer, post 3']);
    expect(postArticle(1).querySelector('strong')?.textContent).toBe('church hall');
    expect(within(postArticle(2)).getByText('edited').getAttribute('title')).toMatch(/^Edited /);
    expect(within(postArticle(1)).queryByText('edited')).toBeNull();
    expect(within(postArticle(3)).getByText('Post removed')).toBeTruthy();
    expect(postArticle(1).querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-01T10:00:00.000Z');
    expect(document.title).toBe('Winter coat collection · Macclesfield Community Network · Community Hub');
    expect(mock.callsTo('ThreadPosts')[0].variables).toEqual({ id: 'thread-1', fromPosition: 1, first: 50, after: null });
    expect(mock.callsTo('PostAdded')[0].variables).toEqual({ threadId: 'thread-1' });
    // Everything was read already: nothing to mark.
    expect(mock.callsTo('MarkThreadRead')).toHaveLength(0);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('renders a hostile post as text: no script, no image, no javascript: link', async () => {
    const { container } = setup({
      posts: [post({ position: 1, body: '<script>alert(1)</script> <img src=x onerror=alert(2)>\n\nSee [x](javascript:alert(3)) and [ok](https://example.org)' })],
    });
    expect(await screen.findByText(/<script>alert\(1\)<\/script>/)).toBeTruthy();
    expect(container.querySelector('article script, article img')).toBeNull();
    expect(container.querySelector('article [href^="javascript"]')).toBeNull();
    expect(within(postArticle(1)).getByRole('link', { name: /^ok/ }).getAttribute('rel')).toBe('nofollow noopener noreferrer');
  });

  it('opens at the first unread post, offers earlier posts, and marks read up to the last one shown', async () => {
    const posts = Array.from({ length: 6 }, (_, index) => post({ position: index + 1 }));
    const { mock } = setup({ posts, thread: { unreadCount: 2, firstUnreadPosition: 5 } });
    expect(await screen.findByText('Post number 5')).toBeTruthy();
    expect(screen.queryByText('Post number 4')).toBeNull();
    expect(mock.callsTo('ThreadPosts')[0].variables).toMatchObject({ fromPosition: 5 });
    expect(within(postArticle(5)).getByText('New')).toBeTruthy();
    await waitFor(() => expect(mock.callsTo('MarkThreadRead')[0]?.variables).toEqual({ threadId: 'thread-1', position: 6 }));

    await userEvent.click(screen.getByRole('button', { name: 'Show earlier posts' }));
    expect(await screen.findByText('Post number 1')).toBeTruthy();
    expect(mock.callsTo('ThreadPosts').some((call) => call.variables.fromPosition === 1 && call.variables.first === 4)).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(postArticle(1)));
    expect(screen.queryByRole('button', { name: 'Show earlier posts' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(6);
  });

  it('shows "This thread is locked." instead of the reply box when locked', async () => {
    setup({ thread: { locked: true } });
    expect(await screen.findByText('This thread is locked.')).toBeTruthy();
    expect(screen.getByText('Locked')).toBeTruthy();
    await screen.findByText('I can drive a van on Saturday.');
    expect(screen.queryByLabelText('Your reply')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Post reply' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Reply/ })).toBeNull();
  });

  it('replies to a post with replyToPostId, quoting it; the reply shows at once', async () => {
    const { mock } = setup({
      handlers: {
        ReplyToThread: (variables) => {
          const input = variables.input as { body: string };
          return {
            data: {
              replyToThread: post({
                id: 'post-new',
                position: 4,
                body: input.body,
                author: 'Alex Example',
                authorId: 'user-1',
                replyTo: { id: 'post-2', position: 2, body: 'I can drive a van on Saturday.', author: 'Kim Trustee' },
              }),
            },
          };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Reply to Kim Trustee (post 2)' }));
    const replyBox = screen.getByLabelText('Your reply');
    expect(document.activeElement).toBe(replyBox);
    const form = replyBox.closest('form') as HTMLElement;
    expect(within(form).getByRole('link', { name: 'Kim Trustee (#2)' }).getAttribute('href')).toBe('#post-2');

    await userEvent.click(within(form).getByRole('button', { name: 'Post reply' }));
    expect(within(form).getByText('Write a reply first.')).toBeTruthy();
    expect(mock.callsTo('ReplyToThread')).toHaveLength(0);

    await userEvent.type(replyBox, 'Thanks, **Kim**!');
    await userEvent.click(within(form).getByRole('button', { name: 'Post reply' }));
    await waitFor(() =>
      expect(mock.callsTo('ReplyToThread')[0]?.variables).toEqual({
        input: { threadId: 'thread-1', body: 'Thanks, **Kim**!', replyToPostId: 'post-2' },
      }),
    );
    const mine = await waitFor(() => {
      const article = postArticle(4);
      expect(article).toBeTruthy();
      return article;
    });
    expect(within(mine).getByRole('link', { name: 'Kim Trustee (#2)' })).toBeTruthy();
    expect(mine.querySelector('strong')?.textContent).toBe('Kim');
    expect((replyBox as HTMLTextAreaElement).value).toBe('');
    expect(within(form).queryByRole('link', { name: 'Kim Trustee (#2)' })).toBeNull();
    expect(screen.queryByRole('button', { name: /new repl/ })).toBeNull();
    // The author can edit and delete their own post; not other people's.
    expect(within(mine).getByRole('button', { name: 'Edit post 4' })).toBeTruthy();
    expect(within(postArticle(2)).queryByRole('button', { name: /Edit|Delete/ })).toBeNull();
  });

  it("a newcomer's held reply is not added to the thread: it waits below it, marked, and the page says so", async () => {
    let held: ReturnType<typeof post>[] = [];
    const { mock, container } = setup({
      handlers: {
        Thread: () => ({ data: { thread: threadDetails({ postCount: 3, pendingReplies: held }) } }),
        ReplyToThread: (variables) => {
          const reply = post({ id: 'post-held', position: -1, body: (variables.input as { body: string }).body, author: 'Alex Example', authorId: 'user-1', holdStatus: 'PENDING' });
          held = [reply];
          return { data: { replyToThread: reply } };
        },
      },
    });
    const replyBox = await screen.findByLabelText('Your reply');
    await screen.findByText('I can drive a van on Saturday.');
    await userEvent.type(replyBox, 'My first post here');
    await userEvent.click(screen.getByRole('button', { name: 'Post reply' }));
    await waitFor(() => expect(mock.callsTo('ReplyToThread')).toHaveLength(1));
    const waiting = await screen.findByRole('region', { name: 'Waiting for approval' });
    expect(within(waiting).getByText('My first post here')).toBeTruthy();
    expect(within(waiting).getByText("Waiting for a coordinator's approval")).toBeTruthy();
    expect(within(waiting).getByText(/Your reply/)).toBeTruthy();
    // Not among the thread's posts, and no place of its own there.
    expect(postArticle(-1)).toBeNull();
    expect(screen.getByText("Your reply is waiting for a coordinator's approval.")).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it("a held thread tells its author it waits for a coordinator's approval", async () => {
    setup({ thread: { holdStatus: 'PENDING' }, posts: [post({ position: 1, body: 'Hello all', holdStatus: 'PENDING' })] });
    expect(await screen.findByText("Waiting for a coordinator's approval.")).toBeTruthy();
    expect(screen.getByText('Waiting for approval')).toBeTruthy();
  });

  it('@mentions someone from the thread’s network with the keyboard, posting [@Name](/people/<id>)', async () => {
    const { mock } = setup({
      handlers: {
        MentionableUsers: (variables) => ({
          data: {
            mentionableUsers: [
              { __typename: 'User', id: '0b6f3c2e-1111-4a4a-8b8b-000000000001', name: 'Kim Trustee' },
              { __typename: 'User', id: '0b6f3c2e-1111-4a4a-8b8b-000000000002', name: 'Kit Carer' },
            ].filter((person) => person.name.startsWith(String(variables.query))),
          },
        }),
        ReplyToThread: (variables) => ({
          data: { replyToThread: post({ id: 'post-new', position: 4, body: (variables.input as { body: string }).body, author: 'Alex Example' }) },
        }),
      },
    });
    const replyBox = (await screen.findByLabelText('Your reply')) as HTMLTextAreaElement;
    await userEvent.type(replyBox, 'Over to @Ki');
    expect(await screen.findByRole('option', { name: '@Kim Trustee' })).toBeTruthy();
    expect(mock.callsTo('MentionableUsers').at(-1)?.variables).toMatchObject({ spaceId: 'net-1', query: 'Ki' });
    // Down to the second, Up back to the first (the list wraps around at either end).
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(replyBox.value).toBe('Over to [@Kim Trustee](/people/0b6f3c2e-1111-4a4a-8b8b-000000000001) ');
    await userEvent.click(screen.getByRole('button', { name: 'Post reply' }));
    await waitFor(() =>
      expect(mock.callsTo('ReplyToThread')[0]?.variables).toEqual({
        input: { threadId: 'thread-1', body: 'Over to [@Kim Trustee](/people/0b6f3c2e-1111-4a4a-8b8b-000000000001) ', replyToPostId: null },
      }),
    );
  });

  it('shows a coded error from replying (e.g. locked meanwhile) in an alert', async () => {
    setup({
      handlers: { ReplyToThread: () => apiError('FORBIDDEN', 'This thread is locked; no new replies can be added') },
    });
    const replyBox = await screen.findByLabelText('Your reply');
    await userEvent.type(replyBox, 'Hello');
    await userEvent.click(screen.getByRole('button', { name: 'Post reply' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This thread is locked; no new replies can be added');
  });

  it('holds replies from others behind "N new replies" and reveals them on click', async () => {
    const events = makeSubject<FakeResponse>();
    const { mock } = setup({ handlers: { PostAdded: () => events.source } });
    await screen.findByText('I can drive a van on Saturday.');
    const status = screen.getByRole('status');
    act(() => events.next({ data: { postAdded: post({ position: 4, body: 'Count me in', author: 'Jo Member' }) } }));
    act(() => events.next({ data: { postAdded: post({ position: 5, body: 'Me too', author: 'Kim Trustee' }) } }));
    const button = await within(status).findByRole('button', { name: '2 new replies' });
    expect(screen.queryByText('Count me in')).toBeNull();

    await userEvent.click(button);
    expect(screen.getByText('Count me in')).toBeTruthy();
    expect(screen.getByText('Me too')).toBeTruthy();
    expect(document.activeElement).toBe(postArticle(4));
    expect(status.textContent).toBe('');
    await waitFor(() => expect(mock.callsTo('MarkThreadRead').at(-1)?.variables).toEqual({ threadId: 'thread-1', position: 5 }));
  });

  it('shows others\' edits and removals live, without a reload', async () => {
    const updates = makeSubject<FakeResponse>();
    setup({ handlers: { PostUpdated: () => updates.source } });
    await screen.findByText('I can drive a van on Saturday.');
    act(() =>
      updates.next({ data: { postUpdated: post({ position: 2, body: 'I can drive a van on **Sunday**.', author: 'Kim Trustee', editedAt: '2026-11-02T09:00:00.000Z' }) } }),
    );
    await waitFor(() => expect(within(postArticle(2)).getByText('Sunday')).toBeTruthy());
    expect(screen.queryByText('I can drive a van on Saturday.')).toBeNull();
    act(() => updates.next({ data: { postUpdated: post({ position: 1, deleted: true, author: 'Sam Organiser' }) } }));
    await waitFor(() => expect(within(postArticle(1)).queryByText(/church hall/)).toBeNull());
  });

  it('edits and deletes your own post', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    let posts = [post({ position: 1, body: 'First draft', author: 'Alex Example', authorId: 'user-1' })];
    const { mock } = setup({
      handlers: {
        ThreadPosts: () => ({ data: { thread: { __typename: 'Thread', id: 'thread-1', posts: postsPage(posts) } } }),
        EditPost: (variables) => {
          const input = variables.input as { body: string };
          posts = [post({ position: 1, body: input.body, author: 'Alex Example', authorId: 'user-1', editedAt: '2026-11-03T10:00:00.000Z' })];
          return { data: { editPost: posts[0] } };
        },
        DeletePost: () => {
          posts = [post({ position: 1, deleted: true, author: 'Alex Example', authorId: 'user-1' })];
          return { data: { deletePost: posts[0] } };
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit post 1' }));
    const editor = screen.getByLabelText('Edit your post');
    await userEvent.clear(editor);
    await userEvent.type(editor, 'Second draft');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(mock.callsTo('EditPost')[0].variables).toEqual({ input: { postId: 'post-1', body: 'Second draft' } });
    expect(await screen.findByText('Second draft')).toBeTruthy();
    expect(within(postArticle(1)).getByText('edited')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Delete post 1' }));
    expect(confirm).toHaveBeenCalled();
    expect(mock.callsTo('DeletePost')[0].variables).toEqual({ postId: 'post-1' });
    expect(await screen.findByText('Post removed')).toBeTruthy();
  });

  it('offers @mentions from the thread’s network while editing your post', async () => {
    const { mock } = setup({
      handlers: {
        ThreadPosts: () => ({ data: { thread: { __typename: 'Thread', id: 'thread-1', posts: postsPage([post({ position: 1, body: 'Draft', author: 'Alex Example', authorId: 'user-1' })]) } } }),
        MentionableUsers: () => ({ data: { mentionableUsers: [{ __typename: 'User', id: '0b6f3c2e-1111-4a4a-8b8b-000000000001', name: 'Kim Trustee' }] } }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit post 1' }));
    const editor = screen.getByLabelText('Edit your post') as HTMLTextAreaElement;
    await userEvent.type(editor, ' @Ki');
    expect(await screen.findByRole('option', { name: '@Kim Trustee' })).toBeTruthy();
    expect(mock.callsTo('MentionableUsers').at(-1)?.variables).toMatchObject({ spaceId: 'net-1', query: 'Ki' });
    await userEvent.keyboard('{Enter}');
    expect(editor.value).toBe('Draft [@Kim Trustee](/people/0b6f3c2e-1111-4a4a-8b8b-000000000001) ');
  });

  it('hides coordinator controls from members', async () => {
    setup({ thread: { canModerate: false } });
    await screen.findByText('I can drive a van on Saturday.');
    for (const name of ['Pin', 'Unpin', 'Lock', 'Unlock', 'Retag']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Coordinator tools' })).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Notifications' })).toBeTruthy();
  });

  it('gives coordinators pin, lock, retag and remove, each with a reason', async () => {
    const prompt = vi.spyOn(window, 'prompt').mockReturnValueOnce('Important').mockReturnValueOnce(null).mockReturnValueOnce('Spam');
    const { mock, container } = setup({
      thread: { canModerate: true, membership: { role: 'COORDINATOR', status: 'ACTIVE' }, tags: ['events'] },
      handlers: {
        PinThread: () => ({ data: { pinThread: { __typename: 'Thread', id: 'thread-1', pinned: true } } }),
        LockThread: () => ({ data: { lockThread: { __typename: 'Thread', id: 'thread-1', locked: true } } }),
        DeletePost: () => ({ data: { deletePost: post({ position: 2, deleted: true, author: 'Kim Trustee' }) } }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Pin' }));
    expect(mock.callsTo('PinThread')[0].variables).toEqual({ input: { threadId: 'thread-1', value: true, reason: 'Important' } });
    // The thread is fetched again, so the page shows the new state.
    await waitFor(() => expect(mock.callsTo('Thread').length).toBeGreaterThan(1));
    await userEvent.click(screen.getByRole('button', { name: 'Lock' }));
    expect(mock.callsTo('LockThread')).toHaveLength(0); // cancelled at the prompt
    await userEvent.click(await screen.findByRole('button', { name: 'Remove post 2 by Kim Trustee' }));
    expect(mock.callsTo('DeletePost')[0].variables).toEqual({ postId: 'post-2', reason: 'Spam' });
    expect(prompt).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('textbox', { name: 'Tags' })).toHaveProperty('value', 'events');
    expect(screen.getByRole('button', { name: 'Retag' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('changes the watch level', async () => {
    const { mock } = setup({
      handlers: { WatchThread: () => ({ data: { watchThread: { __typename: 'Thread', id: 'thread-1', myWatchLevel: 'WATCHING' } } }) },
    });
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Notifications' }), 'Watching');
    expect(mock.callsTo('WatchThread')[0].variables).toEqual({ threadId: 'thread-1', level: 'WATCHING' });
  });

  it('asks anonymous visitors to sign in to reply, and non-members to join', async () => {
    setup({ me: anonymous, thread: { membership: null } });
    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByLabelText('Your reply')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Notifications' })).toBeNull();
  });

  it('says when the thread does not exist', async () => {
    setup({ handlers: { Thread: () => ({ data: { thread: null } }) } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Discussion not found' })).toBeTruthy();
  });
});
