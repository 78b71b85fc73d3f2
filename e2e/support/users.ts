/** Unique people per test run, so the suite never collides with itself or earlier data. */
const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let counter = 0;

export interface TestUser {
  name: string;
  email: string;
  password: string;
}

export function uniqueEmail(prefix = 'e2e'): string {
  counter += 1;
  return `${prefix}-${runId}-${counter}@example.org`.toLowerCase();
}

/** A fresh person with a unique email and a human-looking, unique name. */
export function newUser(firstName = 'Tester'): TestUser {
  const email = uniqueEmail(firstName.toLowerCase());
  return { name: `${firstName} ${runId.slice(-4).toUpperCase()}${counter}`, email, password: `pw-${runId}-long-enough` };
}

/** A unique slug (lower-case words joined by hyphens). */
export function uniqueSlug(prefix = 'e2e'): string {
  counter += 1;
  return `${prefix}-${runId}-${counter}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
}
