import { Link } from 'react-router';
import { ChangePasswordForm } from './change-password-form';
import { RecentActivity } from './recent-activity';
import { SECURITY_LOG_PATH } from './security-log-page';
import { useSession } from './session';
import { SignedInDevices } from './signed-in-devices';

/** The profile's own security sections: devices, password, recent activity. */
export function AccountSecurity() {
  const { user } = useSession();
  return (
    <>
      <SignedInDevices />
      <ChangePasswordForm />
      <RecentActivity />
      {user?.isPlatformAdmin ? (
        <p>
          <Link to={SECURITY_LOG_PATH}>Search everyone’s security log</Link> (platform admins)
        </p>
      ) : null}
    </>
  );
}
