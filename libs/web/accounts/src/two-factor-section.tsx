import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '@community-hub/web-graphql';
import { Button, buttonClassName, ErrorAlert, Loading, sentence, TextField } from '@community-hub/web-ui';
import {
  disableTwoFactorMutation,
  enableTwoFactorMutation,
  setupTwoFactorMutation,
  twoFactorStatusQuery,
} from './two-factor.documents';

/** "Two-factor sign-in" on the profile page: set up with a QR code, recovery codes shown once, turn off. */
export function TwoFactorSection() {
  const [{ data, fetching }, refetch] = useQuery({ query: twoFactorStatusQuery, requestPolicy: 'cache-and-network' });
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const me = data?.me;
  return (
    <section aria-labelledby="two-factor-heading" id="two-factor" className="panel">
      <h2 id="two-factor-heading">Two-factor sign-in</h2>
      {fetching && !me ? <Loading /> : null}
      {me?.twoFactorSetupRequired ? (
        <div role="status" className="alert">
          <p>As a platform admin, you need two-factor sign-in before you can do admin tasks. Set it up below.</p>
        </div>
      ) : null}
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
      ) : me?.twoFactorEnabled ? (
        <DisableForm onDisabled={() => refetch({ requestPolicy: 'network-only' })} />
      ) : me ? (
        <SetupFlow
          onEnabled={(codes) => {
            setRecoveryCodes(codes);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </section>
  );
}

function SetupFlow({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const [setup, startSetup] = useMutation(setupTwoFactorMutation);
  const [enabling, enable] = useMutation(enableTwoFactorMutation);
  const [code, setCode] = useState('');
  const secret = setup.data?.setupTwoFactor;
  const problem = describeError(setup.error ?? enabling.error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await enable({ code: code.replace(/\s/g, '') });
    if (result.data?.enableTwoFactor) onEnabled(result.data.enableTwoFactor);
  }

  if (!secret) {
    return (
      <div className="stack">
        <p>
          Add a second step to signing in: a 6-digit code from an authenticator app on your phone (such as Google Authenticator,
          Microsoft Authenticator or FreeOTP).
        </p>
        <ErrorAlert>{problem?.message}</ErrorAlert>
        <div className="actions">
          <Button variant="primary" disabled={setup.fetching} onClick={() => void startSetup({})}>
            Set up two-factor sign-in
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form onSubmit={submit} className="stack" noValidate>
      <p>Scan this QR code with your authenticator app, then enter the 6-digit code it shows.</p>
      <QrCode value={secret.otpauthUrl} />
      <p>
        Cannot scan? Enter this key in the app instead: <code className="secret-key">{secret.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <TextField
        label="Code from the app"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]*"
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={sentence(problem?.fields['code'])}
      />
      <div className="actions">
        <Button type="submit" variant="primary" disabled={enabling.fetching}>
          Turn on two-factor sign-in
        </Button>
      </div>
    </form>
  );
}

/** The otpauth:// URL as a QR code: an SVG made in the browser (the qrcode package, loaded only here). */
function QrCode({ value }: { value: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(async (qrcode) => {
      const svg = await qrcode.toString(value, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [value]);
  if (!src) return <Loading />;
  return <img className="qr-code" src={src} width={200} height={200} alt="QR code to add Community Hub to your authenticator app" />;
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = `Community Hub recovery codes (each works once)\n\n${codes.join('\n')}\n`;
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
  return (
    <div className="stack">
      <div role="status" className="alert">
        <p>Two-factor sign-in is on.</p>
      </div>
      <p>
        Keep these recovery codes somewhere safe. Each one signs you in once if you lose your phone. <strong>They are shown only now.</strong>
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="actions">
        <Button
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true));
          }}
        >
          Copy codes
        </Button>
        <a className={buttonClassName({})} href={download} download="community-hub-recovery-codes.txt">
          Download codes
        </a>
        <Button variant="primary" onClick={onDone}>
          I have saved them
        </Button>
        <span aria-live="polite">{copied ? 'Copied' : ''}</span>
      </div>
    </div>
  );
}

function DisableForm({ onDisabled }: { onDisabled: () => void }) {
  const [state, disable] = useMutation(disableTwoFactorMutation);
  const [code, setCode] = useState('');
  const problem = describeError(state.error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await disable({ code: code.trim() });
    if (result.data?.disableTwoFactor) {
      setCode('');
      onDisabled();
    }
  }

  return (
    <form onSubmit={submit} className="stack" noValidate>
      <p>Two-factor sign-in is on: signing in asks for a code from your authenticator app.</p>
      <ErrorAlert>{problem?.message}</ErrorAlert>
      <TextField
        label="Code from the app, or a recovery code, to turn it off"
        name="code"
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={sentence(problem?.fields['code'])}
      />
      <div className="actions">
        <Button type="submit" disabled={state.fetching}>
          Turn off two-factor sign-in
        </Button>
      </div>
    </form>
  );
}
