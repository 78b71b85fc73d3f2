/** The kinds of space content lives in (the `spaces` table's `kind`); each is decided by the policy its domain registers. */
export enum SpaceKind {
  NETWORK = 'NETWORK',
  CONSORTIUM = 'CONSORTIUM',
}
