import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_ENV, networkScenario } from '../support/scenarios';
import { startTestApp, type TestApp, type TestUser } from '../support/test-app';

const STATEMENT = 'query($kind: StatementKind!) { statement(kind: $kind) { kind body version publishedAt } }';
const UPDATE = 'mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { kind body version publishedAt } }';
const ACCEPT = 'mutation($version: Int!) { acceptTerms(version: $version) { id termsAcceptedVersion } }';
const ME = '{ me { id termsAcceptedVersion } }';

const defaultText = (file: string) => readFileSync(join(__dirname, '../../../../libs/api/statements/src/defaults', file), 'utf8');

describe('statements (/accessibility, /privacy, /terms) and terms acceptance over HTTP', () => {
  let t: TestApp;
  let admin: TestUser;
  let person: TestUser;

  beforeAll(async () => {
    t = await startTestApp(ADMIN_ENV);
    admin = await t.login(ADMIN_ENV.ADMIN_EMAIL, ADMIN_ENV.ADMIN_PASSWORD);
    person = await t.register('Terry Terms');
  });
  afterAll(() => t.close());

  it('serves the default texts, version 1, to anonymous visitors', async () => {
    for (const [kind, file, heading] of [
      ['ACCESSIBILITY', 'accessibility.md', /Enforcement procedure/],
      ['PRIVACY', 'privacy.md', /strictly necessary/],
      ['TERMS', 'terms.md', /How reports are handled/],
    ] as const) {
      const result = await t.gql(STATEMENT, { kind });
      expect(result.errors).toBeUndefined();
      expect(result.data.statement).toEqual({ kind, body: defaultText(file), version: 1, publishedAt: null });
      expect(result.data.statement.body).toMatch(heading);
    }
  });

  it('refuses an edit from anonymous callers and from people who are not platform admins, writing nothing', async () => {
    const input = { kind: 'PRIVACY', body: '# Hijacked' };
    const anonymous = await t.gql(UPDATE, { input });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const member = await t.gql(UPDATE, { input }, person.token);
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(member.data).toBeNull();
    expect(await t.count('statement_versions')).toBe(0);
    expect((await t.gql(STATEMENT, { kind: 'PRIVACY' })).data.statement.version).toBe(1);
  });

  it('refuses an empty text with BAD_USER_INPUT', async () => {
    const result = await t.gql(UPDATE, { input: { kind: 'TERMS', body: '' } }, admin.token);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.count('statement_versions')).toBe(0);
  });

  it('records acceptance of the current terms only, shows it to the person alone, and asks again after an admin publishes a new version', async () => {
    expect((await t.gql(ME, {}, person.token)).data.me.termsAcceptedVersion).toBeNull();
    const stale = await t.gql(ACCEPT, { version: 2 }, person.token);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TERMS_VERSION_NOT_CURRENT', currentVersion: 1 });
    expect((await t.gql(ACCEPT, { version: 1 })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const accepted = await t.gql(ACCEPT, { version: 1 }, person.token);
    expect(accepted.data.acceptTerms).toEqual({ id: person.id, termsAcceptedVersion: 1 });

    const published = await t.gql(UPDATE, { input: { kind: 'TERMS', body: '# Terms of use\r\n\r\nBe kind.\n' } }, admin.token);
    expect(published.errors).toBeUndefined();
    expect(published.data.updateStatement).toMatchObject({ kind: 'TERMS', body: '# Terms of use\n\nBe kind.', version: 2 });
    expect(published.data.updateStatement.publishedAt).toEqual(expect.any(String));
    expect((await t.gql(STATEMENT, { kind: 'TERMS' })).data.statement).toMatchObject({ version: 2, body: '# Terms of use\n\nBe kind.' });
    // The older version stays on record.
    expect(await t.count('statement_versions')).toBe(1);

    // Version 1 no longer counts as the current terms: the web client asks again.
    expect((await t.gql(ME, {}, person.token)).data.me.termsAcceptedVersion).toBe(1);
    expect((await t.gql(ACCEPT, { version: 1 }, person.token)).errors?.[0].extensions?.reason).toBe('TERMS_VERSION_NOT_CURRENT');
    expect((await t.gql(ACCEPT, { version: 2 }, person.token)).data.acceptTerms.termsAcceptedVersion).toBe(2);
  });

  it('never refuses an operation for want of accepting the latest terms (scripts and integrations keep working)', async () => {
    const scenario = await networkScenario(t, 'PUBLIC');
    await t.gql(UPDATE, { input: { kind: 'TERMS', body: '# Terms of use\n\nVersion three.' } }, admin.token);
    // The member has accepted no version at all, and the terms just changed.
    expect((await t.gql(ME, {}, scenario.member.token)).data.me.termsAcceptedVersion).toBeNull();
    const thread = await t.gql(
      'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }',
      { input: { networkId: scenario.networkId, title: 'Posted by a script', body: 'Terms not accepted, still posted.', tags: [] } },
      scenario.member.token,
    );
    expect(thread.errors).toBeUndefined();
    const reply = await t.gql(
      'mutation($input: ReplyToThreadInput!) { replyToThread(input: $input) { id body } }',
      { input: { threadId: thread.data.createThread.id, body: 'And replied.' } },
      scenario.member.token,
    );
    expect(reply.errors).toBeUndefined();
    expect(reply.data.replyToThread.body).toBe('And replied.');

    // Accepted later, it is the person's own business: others reading them as an author see null.
    await t.gql(ACCEPT, { version: 3 }, scenario.member.token);
    const AUTHOR = 'query($id: ID!) { thread(id: $id) { author { id termsAcceptedVersion } } }';
    const asAuthor = await t.gql(AUTHOR, { id: thread.data.createThread.id }, scenario.member.token);
    expect(asAuthor.data.thread.author).toEqual({ id: scenario.member.id, termsAcceptedVersion: 3 });
    const asCoordinator = await t.gql(AUTHOR, { id: thread.data.createThread.id }, scenario.coordinator.token);
    expect(asCoordinator.data.thread.author).toEqual({ id: scenario.member.id, termsAcceptedVersion: null });
  });
});
