import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'react-router';
import { personPath, useSession } from '@community-hub/web-accounts';
import { describeError, type MembershipRole, type MembershipStatus, type NetworkMembersQuery } from '@community-hub/web-graphql';
import { Badge, Button, EmptyState, ErrorAlert, Loading, NextPageItem, PAGE_SIZE, SelectField, useDocumentTitle, useFocusWhenLoaded, usePageCursors } from '@community-hub/web-ui';
import { ROLE_LABELS, ROLES, STATUS_LABELS, canAdminister, canCoordinate } from './labels';
import { MEMBERSHIP_CONTEXT, useNetworkContext } from './network-context';
import {
  approveMembershipMutation,
  declineMembershipMutation,
  membersQuery,
  reinstateMembershipMutation,
  setMembershipRoleMutation,
  suspendMembershipMutation,
} from './networks.documents';

type Member = NonNullable<NetworkMembersQuery['network']>['members']['nodes'][number];

const STATUS_FILTERS: Array<{ value: MembershipStatus; label: string }> = [
  { value: 'ACTIVE', label: 'Members' },
  { value: 'PENDING', label: 'Requests to join' },
  { value: 'SUSPENDED', label: 'Suspended' },
];

/** /n/:slug/members */
export function NetworkMembersPage() {
  const { network } = useNetworkContext();
  const { user } = useSession();
  useDocumentTitle(`Members · ${network.name}`);
  const coordinator = canCoordinate(network.myMembership, user);
  const admin = canAdminister(network.myMembership, user);
  const [status, setStatus] = useState<MembershipStatus>('ACTIVE');
  const { cursors, loadMore } = usePageCursors(status);

  return (
    <section aria-labelledby="members-heading" className="stack">
      <h2 id="members-heading">Members</h2>
      {coordinator ? (
        <div className="filters">
          <SelectField label="Show" value={status} onChange={(event) => setStatus(event.target.value as MembershipStatus)}>
            {STATUS_FILTERS.map((filter) => (
              <option key={filter.value} value={filter.value}>
                {filter.label}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <ul className="row-list">
        {cursors.map((after, index) => (
          <MembersChunk
            key={`${status}:${after ?? ''}`}
            slug={network.slug}
            status={status}
            after={after}
            first={index === 0}
            last={index === cursors.length - 1}
            coordinator={coordinator}
            admin={admin}
            myUserId={user?.id ?? null}
            onLoadMore={loadMore}
          />
        ))}
      </ul>
    </section>
  );
}

interface ChunkProps {
  slug: string;
  status: MembershipStatus;
  after: string | null;
  first: boolean;
  last: boolean;
  coordinator: boolean;
  /** May make and unmake admins (an admin of the network, or a platform admin). */
  admin: boolean;
  myUserId: string | null;
  onLoadMore(endCursor: string): void;
}

function MembersChunk({ slug, status, after, first, last, coordinator, admin, myUserId, onLoadMore }: ChunkProps) {
  const [{ data, fetching, error }] = useQuery({
    query: membersQuery,
    variables: { slug, status, first: PAGE_SIZE, after },
    context: MEMBERSHIP_CONTEXT,
  });
  const members = data?.network?.members;
  const focusRef = useFocusWhenLoaded<HTMLLIElement>(!first, !!members);

  if (fetching && !data) {
    return (
      <li className="row-plain">
        <Loading label="Loading members…" />
      </li>
    );
  }
  if (error && !data) {
    return (
      <li className="row-plain">
        <ErrorAlert>{describeError(error)?.message}</ErrorAlert>
      </li>
    );
  }
  if (!members) return null;
  return (
    <>
      {first && members.nodes.length === 0 ? (
        <li className="row-plain">
          <EmptyState>{status === 'ACTIVE' ? 'No members yet.' : status === 'PENDING' ? 'No requests waiting' : 'Nobody is suspended.'}</EmptyState>
        </li>
      ) : null}
      {first && members.nodes.length > 0 ? (
        <li className="row-plain muted small" aria-live="polite">
          {members.totalCount} {members.totalCount === 1 ? 'person' : 'people'}
        </li>
      ) : null}
      {members.nodes.map((member, index) => (
        <li key={member.id} className="row" ref={index === 0 ? focusRef : undefined} tabIndex={index === 0 && !first ? -1 : undefined}>
          <MemberRow member={member} manage={coordinator && member.user.id !== myUserId} admin={admin} />
        </li>
      ))}
      {last ? <NextPageItem pageInfo={members.pageInfo} onLoadMore={onLoadMore} /> : null}
    </>
  );
}

function MemberRow({ member, manage, admin }: { member: Member; manage: boolean; admin: boolean }) {
  const name = member.user.name;
  return (
    <>
      <div className="row-main">
        <strong>
          <Link to={personPath(member.user.id)}>{name}</Link>
        </strong>{' '}
        <Badge tone={member.role === 'MEMBER' ? 'neutral' : 'info'}>{ROLE_LABELS[member.role]}</Badge>
        {member.status !== 'ACTIVE' ? (
          <>
            {' '}
            <Badge tone={member.status === 'PENDING' ? 'warning' : 'danger'}>{STATUS_LABELS[member.status]}</Badge>
          </>
        ) : null}
        <div className="muted small">{member.organisation ? member.organisation.name : 'No organisation given'}</div>
      </div>
      {manage ? <MemberActions member={member} admin={admin} /> : null}
    </>
  );
}

function MemberActions({ member, admin }: { member: Member; admin: boolean }) {
  const name = member.user.name;
  // Coordinators may switch MEMBER <-> COORDINATOR; making or unmaking an admin is for admins.
  const roles = admin ? ROLES : ROLES.filter((value) => value !== 'ADMIN');
  const roleChangeable = admin || member.role !== 'ADMIN';
  const [role, setRole] = useState<MembershipRole>(member.role);
  const [suspending, suspend] = useMutation(suspendMembershipMutation);
  const [reinstating, reinstate] = useMutation(reinstateMembershipMutation);
  const [settingRole, setMembershipRole] = useMutation(setMembershipRoleMutation);
  const [approving, approve] = useMutation(approveMembershipMutation);
  const [declining, decline] = useMutation(declineMembershipMutation);
  const busy = suspending.fetching || reinstating.fetching || settingRole.fetching || approving.fetching || declining.fetching;
  const problem = describeError(suspending.error ?? reinstating.error ?? settingRole.error ?? approving.error ?? declining.error);
  const variables = { membershipId: member.id };

  return (
    <div className="row-actions">
      {member.status === 'ACTIVE' && roleChangeable ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (role !== member.role) void setMembershipRole({ ...variables, role }, MEMBERSHIP_CONTEXT);
          }}
        >
          <SelectField label={`Role for ${name}`} value={role} onChange={(event) => setRole(event.target.value as MembershipRole)}>
            {roles.map((value) => (
              <option key={value} value={value}>
                {ROLE_LABELS[value]}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary" size="small" disabled={busy || role === member.role}>
            Set role
          </Button>
        </form>
      ) : null}
      {member.status === 'ACTIVE' ? (
        <Button
          variant="danger" size="small"
          aria-label={`Suspend ${name}`}
          disabled={busy}
          onClick={() => {
            if (window.confirm(`Suspend ${name}? They will no longer be able to read private content or write here.`)) {
              void suspend(variables, MEMBERSHIP_CONTEXT);
            }
          }}
        >
          Suspend
        </Button>
      ) : null}
      {member.status === 'SUSPENDED' ? (
        <Button
          variant="secondary" size="small"
          aria-label={`Reinstate ${name}`}
          disabled={busy}
          onClick={() => void reinstate(variables, MEMBERSHIP_CONTEXT)}
        >
          Reinstate
        </Button>
      ) : null}
      {member.status === 'PENDING' ? (
        <>
          <Button
            variant="primary" size="small"
            aria-label={`Approve ${name}`}
            disabled={busy}
            onClick={() => void approve(variables, MEMBERSHIP_CONTEXT)}
          >
            Approve
          </Button>
          <Button
            variant="secondary" size="small"
            aria-label={`Decline ${name}`}
            disabled={busy}
            onClick={() => void decline(variables, MEMBERSHIP_CONTEXT)}
          >
            Decline
          </Button>
        </>
      ) : null}
      <ErrorAlert>{problem?.message}</ErrorAlert>
    </div>
  );
}
