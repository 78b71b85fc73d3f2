/** Settings handed over by global-setup.cjs through the environment. */
export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the suite with "node_modules/.bin/jest --config e2e/jest.config.cjs"');
  return url;
}

export const admin = {
  get email(): string {
    return process.env.E2E_ADMIN_EMAIL ?? 'e2e-admin@example.org';
  },
  get password(): string {
    return process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password';
  },
};

export const chromiumPath = (): string => process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
