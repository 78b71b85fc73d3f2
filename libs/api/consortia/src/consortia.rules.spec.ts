import { STATUS_TRANSITIONS } from './consortia.service';
import { ConsortiumStatus } from './entities/consortium.entity';
import { cleanList } from './opportunities.service';

describe('consortium status transitions', () => {
  it('go FORMING -> SUBMITTED -> WON | LOST, with WITHDRAWN from the two open states only', () => {
    const allowed = Object.entries(STATUS_TRANSITIONS).flatMap(([from, to]) => to.map((next) => `${from}->${next}`));
    expect(allowed.sort()).toEqual(
      ['FORMING->SUBMITTED', 'FORMING->WITHDRAWN', 'SUBMITTED->LOST', 'SUBMITTED->WITHDRAWN', 'SUBMITTED->WON'].sort(),
    );
    for (const terminal of [ConsortiumStatus.WON, ConsortiumStatus.LOST, ConsortiumStatus.WITHDRAWN]) {
      expect(STATUS_TRANSITIONS[terminal]).toEqual([]);
    }
  });
});

describe('cleanList', () => {
  it('trims, collapses spaces, drops empties and case-insensitive duplicates, keeping the first spelling', () => {
    expect(cleanList(['  Crewe ', 'crewe', '', 'Nantwich   town', 'NANTWICH town'])).toEqual(['Crewe', 'Nantwich town']);
  });
});
