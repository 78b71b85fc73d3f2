import type { OrganisationKind } from '@community-hub/web-graphql';
import { ExternalLink, PlainText } from '@community-hub/web-ui';
import { KIND_LABELS } from './labels';

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
  charityNumber?: string | null;
  companyNumber?: string | null;
  representatives?: ReadonlyArray<{ id: string; name: string }>;
}

export function OrganisationCard({ organisation, headingLevel = 3 }: { organisation: OrganisationSummary; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const representatives = organisation.representatives ?? [];
  return (
    <article className="organisation">
      <Heading className="organisation-name">{organisation.name}</Heading>
      <p className="muted small">{KIND_LABELS[organisation.kind]}</p>
      <PlainText text={organisation.description} />
      <dl className="facts">
        {organisation.website ? (
          <div>
            <dt>Website</dt>
            <dd>
              <ExternalLink href={organisation.website} />
            </dd>
          </div>
        ) : null}
        {organisation.charityNumber ? (
          <div>
            <dt>Charity number</dt>
            <dd>{organisation.charityNumber}</dd>
          </div>
        ) : null}
        {organisation.companyNumber ? (
          <div>
            <dt>Company number</dt>
            <dd>{organisation.companyNumber}</dd>
          </div>
        ) : null}
        {representatives.length ? (
          <div>
            <dt>Representatives</dt>
            <dd>{representatives.map((person) => person.name).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
