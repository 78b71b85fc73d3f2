/** One row of a pasted list or CSV file: name,email,organisation (name and organisation optional). */
export interface InviteeRow {
  email: string;
  name: string;
  organisation: string;
}

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas,
 * doubled quotes and line breaks). Small enough to keep here: no CSV parser is
 * among the web client's dependencies.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',' || c === ';' || c === '\t') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/**
 * A pasted list or a CSV file as invitees. Each line is either a bare address or
 * name,email,organisation; the address is the field with an "@" (so "email,name"
 * works too). A header row naming the columns is skipped. Lines without an address
 * are kept (with an empty email) so the dry run can say which lines are invalid.
 */
export function parseInvitees(text: string): InviteeRow[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (rows.length && rows[0].some((f) => /^e-?mail( address)?$/i.test(f.trim()))) {
    const header = rows.shift()!.map((f) => f.trim().toLowerCase());
    const at = (name: RegExp) => header.findIndex((h) => name.test(h));
    const columns = { email: at(/^e-?mail/), name: at(/name/), organisation: at(/organi[sz]ation|group|org/) };
    return rows.map((r) => ({
      email: (r[columns.email] ?? '').trim(),
      name: columns.name >= 0 ? (r[columns.name] ?? '').trim() : '',
      organisation: columns.organisation >= 0 ? (r[columns.organisation] ?? '').trim() : '',
    }));
  }
  return rows.flatMap((fields) => {
    const cells = fields.map((f) => f.trim());
    // A pasted line of several addresses separated by spaces: one row each.
    if (cells.length === 1 && /\s/.test(cells[0]) && cells[0].split(/\s+/).every((p) => p.includes('@'))) {
      return cells[0].split(/\s+/).map((email) => ({ email, name: '', organisation: '' }));
    }
    const emailAt = cells.findIndex((c) => c.includes('@'));
    if (emailAt < 0) return [{ email: cells.join(', '), name: '', organisation: '' }];
    const rest = cells.filter((_, i) => i !== emailAt);
    return [{ email: cells[emailAt].replace(/^.*<([^>]+)>$/, '$1'), name: emailAt === 0 ? (rest[0] ?? '') : (cells[0] ?? ''), organisation: emailAt === 0 ? (rest[1] ?? '') : (cells.slice(emailAt + 1)[0] ?? '') }];
  });
}
