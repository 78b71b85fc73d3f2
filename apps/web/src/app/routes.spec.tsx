import { matchRoutes } from 'react-router';
import { routes } from './routes';

// People bookmark these and emails carry them (API-CONTRACT.md, "Web addresses"); the
// domains now bring their own routes, so check the composed table still answers each one.
const CONTRACT_ADDRESSES = [
  '/',
  '/signin',
  '/signup',
  '/n/knit-and-natter',
  '/n/knit-and-natter/threads',
  '/n/knit-and-natter/t/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11',
  '/n/knit-and-natter/library',
  '/n/knit-and-natter/d/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11',
  '/n/knit-and-natter/events',
  '/n/knit-and-natter/e/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11',
  '/search',
  '/accessibility',
  '/privacy',
  '/terms',
];

// Other pages the app links to.
const OTHER_ADDRESSES = [
  '/me',
  '/n/knit-and-natter/members',
  '/n/knit-and-natter/organisations',
  '/n/knit-and-natter/opportunities',
  '/n/knit-and-natter/opportunities/new',
  '/n/knit-and-natter/events/new',
  '/n/knit-and-natter/e/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11/edit',
  '/n/knit-and-natter/o/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11',
  '/n/knit-and-natter/c/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11',
  '/n/knit-and-natter/c/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11/agreement',
  '/n/knit-and-natter/c/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11/threads',
  '/n/knit-and-natter/c/0b6f6c1e-1d3f-4a55-9a57-7a5b1e0c2d11/library',
  '/consortia',
  '/consortia/invitations',
  '/notifications',
  '/settings/notifications',
  '/explorer',
];

function leafPath(address: string): string | undefined {
  const matches = matchRoutes(routes, address);
  const leaf = matches?.[matches.length - 1];
  return leaf ? (leaf.route.index ? 'index' : leaf.route.path) : undefined;
}

describe('composed routes', () => {
  it.each([...CONTRACT_ADDRESSES, ...OTHER_ADDRESSES])('%s is a page, not the not-found route', (address) => {
    const leaf = leafPath(address);
    expect(leaf).toBeDefined();
    expect(leaf).not.toBe('*');
  });

  it('answers an unknown address with the not-found route', () => {
    expect(leafPath('/n/knit-and-natter/nowhere/at/all')).toBe('*');
    expect(leafPath('/no-such-page')).toBe('*');
  });

  it('puts the network tabs inside the network layout and a thread, document and event outside it', () => {
    const parents = (address: string) => (matchRoutes(routes, address) ?? []).map((match) => match.route.path).filter(Boolean);
    expect(parents('/n/knit-and-natter/threads')).toEqual(['n/:slug', 'threads']);
    expect(parents('/n/knit-and-natter/library')).toEqual(['n/:slug', 'library']);
    expect(parents('/n/knit-and-natter/events')).toEqual(['n/:slug', 'events']);
    expect(parents('/n/knit-and-natter/t/x')).toEqual(['n/:slug/t/:threadId']);
    expect(parents('/n/knit-and-natter/d/x')).toEqual(['n/:slug/d/:documentId']);
    expect(parents('/n/knit-and-natter/e/x')).toEqual(['n/:slug/e/:eventId']);
  });
});
