import { MarkdownText } from '@community-hub/web-ui';
import type { NetworkDetails } from './network-context';

const NEW_MEMBER_DAYS = 30;

/** The network's welcome message, shown on its home page to people who joined in the last 30 days. */
export function WelcomeNotice({ network, now = new Date() }: { network: NetworkDetails; now?: Date }) {
  const membership = network.myMembership;
  // Fixtures and older cached queries may lack the field: treat it as empty.
  if (!network.welcomeMessage?.trim() || membership?.status !== 'ACTIVE' || !membership.createdAt) return null;
  if (now.getTime() - new Date(membership.createdAt).getTime() > NEW_MEMBER_DAYS * 24 * 3600 * 1000) return null;
  return (
    <section aria-labelledby="welcome-heading" className="welcome-notice panel">
      <h2 id="welcome-heading">Welcome to {network.name}</h2>
      <MarkdownText source={network.welcomeMessage} />
    </section>
  );
}
