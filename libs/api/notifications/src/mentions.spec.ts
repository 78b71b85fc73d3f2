import { mentionedUserIds } from './mentions';

describe('mentions', () => {
  it('finds each person mentioned once, and nothing else', () => {
    const a = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const b = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const body = `Thanks [@Mel Member](/people/${a}) and [@Cora](/people/${b.toUpperCase()}); again [@Mel](/people/${a}). Not [Mel](/people/${b}) nor @${a}`;
    expect(mentionedUserIds(body)).toEqual([a, b]);
  });
});
