import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { axeViolations, createMockClient, renderPage } from '@community-hub/web-testing';
import { MentionMarkdownField } from './mention-markdown-field';

const people = [
  { __typename: 'User', id: 'user-mel', name: 'Mel Member' },
  { __typename: 'User', id: 'user-mo', name: 'Mo Mansour' },
];

function Composer({ onValue }: { onValue(value: string): void }) {
  const [value, setValue] = useState('');
  return (
    <MentionMarkdownField
      spaceId="net-1"
      label="Your reply"
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}

function setup() {
  let value = '';
  const mock = createMockClient({
    MentionableUsers: (variables) => ({
      data: { mentionableUsers: people.filter((person) => person.name.toLowerCase().startsWith(String(variables.query).toLowerCase())) },
    }),
  });
  const rendered = renderPage(<Composer onValue={(next) => (value = next)} />, { mock });
  return { mock, value: () => value, box: screen.getByRole('textbox', { name: 'Your reply' }) as HTMLTextAreaElement, ...rendered };
}

describe('MentionMarkdownField', () => {
  it('offers people after "@" and letters, asking mentionableUsers for this space', async () => {
    const { mock, box, container } = setup();
    await userEvent.type(box, 'Thanks @M');
    const list = await screen.findByRole('listbox', { name: 'People to mention' });
    expect(list.id).toBe(box.getAttribute('aria-controls'));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['@Mel Member', '@Mo Mansour']);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    expect(mock.callsTo('MentionableUsers').at(-1)?.variables).toEqual({ spaceId: 'net-1', query: 'M', first: 8 });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('inserts [@Name](/people/<id>) on arrow keys and Enter, and keeps typing after it', async () => {
    const { box, value } = setup();
    await userEvent.type(box, 'Thanks @M');
    await screen.findAllByRole('option');
    await userEvent.keyboard('{ArrowDown}');
    const second = screen.getByRole('option', { name: '@Mo Mansour' });
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(second.id);
    await userEvent.keyboard('{Enter}');
    expect(box.value).toBe('Thanks [@Mo Mansour](/people/user-mo) ');
    expect(value()).toBe('Thanks [@Mo Mansour](/people/user-mo) ');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    await userEvent.keyboard('for this!');
    expect(box.value).toBe('Thanks [@Mo Mansour](/people/user-mo) for this!');
  });

  it('picks with Tab too, narrowing as more of the name is typed', async () => {
    const { box } = setup();
    await userEvent.type(box, '@Me');
    await waitFor(() => expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['@Mel Member']));
    await userEvent.keyboard('{Tab}');
    expect(box.value).toBe('[@Mel Member](/people/user-mel) ');
    expect(document.activeElement).toBe(box);
  });

  it('closes on Escape without changing the text; Enter then makes a new line as usual', async () => {
    const { box } = setup();
    await userEvent.type(box, 'Hello @M');
    await screen.findAllByRole('option');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await userEvent.keyboard('{Enter}');
    expect(box.value).toBe('Hello @M\n');
  });

  it('inserts the clicked person', async () => {
    const { box } = setup();
    await userEvent.type(box, 'cc @M');
    await userEvent.click(await screen.findByRole('option', { name: '@Mel Member' }));
    expect(box.value).toBe('cc [@Mel Member](/people/user-mel) ');
  });

  it('does not ask for an email address or a lone "@"', async () => {
    const { mock, box } = setup();
    await userEvent.type(box, 'write to mel@example.org or @ ');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(mock.callsTo('MentionableUsers')).toHaveLength(0);
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});
