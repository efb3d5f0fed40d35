// Issue 10 item 3: the register of every breach (rows and CSV) is linear and cheap, like registerExport (issue
// 8): each entry is read once, a dossier the kernel returned is not folded again, a stored one once, and the
// stored assessment is read, never recomputed. Work is counted, never timed, for 10^3 to 10^5 entries (the
// 10^6 run of registerExport stays in register.schaal.test.ts; bench/schaal.bench.ts times both up to 10^6).
import { naarAmsterdamsTijdstip } from '@schoolveiligheid/kern';
import { telVouwen } from '@schoolveiligheid/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { beoordeelIncident } from '../beoordeling/beoordeling.js';
import type { DatalekDossier } from '../dossier/procedure.js';
import { datalekProcedure } from '../dossier/procedure.js';
import { INCIDENT } from '../fuzz/voorbeelden.js';
import { type RegelsWerk, registerRegelsMet } from './rijen.js';

const teller = telVouwen(datalekProcedure);
const p = teller.procedure;
const pf = { rol: 'privacyfunctionaris', id: 'privacyfunctionaris' } as const;
const ONTDEKT = Date.parse(INCIDENT.ontdektOp);
// computed once for the whole register: the rows read the stored assessment and never run it
const beoordeling = beoordeelIncident(INCIDENT);

/** A dossier of four events: reported, analysed with its stored assessment, a recovery measure, the AP report. */
function bouw(uren: number): DatalekDossier {
  const op = (ms: number) => naarAmsterdamsTijdstip(ONTDEKT + ms);
  const leeg = p.nieuwDossier({ id: `dl-rij-${uren}` });
  if (!leeg.ok) throw new Error('kop');
  let d = leeg.waarde;
  for (const g of [
    { type: 'gemeld', tijdstip: op(60_000), door: { rol: 'medewerker', id: 'm-1' }, incident: INCIDENT },
    { type: 'geanalyseerd', tijdstip: op(120_000), door: pf, uitkomst: beoordeling.uitkomst, beoordeling },
    { type: 'herstelmaatregel', tijdstip: op(180_000), door: pf, omschrijving: 'Toegang afgesloten.' },
    { type: 'ap-gemeld', tijdstip: op(uren * 3_600_000), door: pf, volledig: true },
  ]) {
    const r = p.verwerkJson(d, g);
    if (!r.ok) throw new Error(r.problemen.map((x) => x.code).join());
    d = r.waarde;
  }
  return d;
}

const gecachet = [3, 10, 24, 50, 71].map(bouw);
const opgeslagen = JSON.parse(JSON.stringify(bouw(50))) as DatalekDossier;

function* register(n: number): Generator<DatalekDossier> {
  for (let i = 0; i < n; i++)
    yield i % 1000 === 999 ? opgeslagen : (gecachet[i % gecachet.length] as DatalekDossier);
}

interface Meting {
  readonly n: number;
  readonly werk: RegelsWerk;
  readonly vouwen: number;
  readonly rijen: number;
}

function meet(n: number): Meting {
  teller.nul();
  const werk: RegelsWerk = { gelezen: 0, stappen: 0 };
  let rijen = 0;
  for (const rij of registerRegelsMet(p.toestand, register(n), {}, werk)) if (rij.wijktAf === false) rijen++;
  return { n, werk, vouwen: teller.aantal, rijen };
}

describe('registerRegels scales linearly (issue 10 item 3; counted, not timed)', () => {
  const lengtes = [1_000, 10_000, 100_000] as const;
  const metingen: Meting[] = [];
  beforeAll(() => {
    for (const n of lengtes) metingen.push(meet(n));
  }, 300_000);

  it('one row per entry, each entry read once, its events once (5 steps per dossier of 4 events)', () => {
    for (const { n, werk, rijen } of metingen) {
      expect(werk.gelezen).toBe(n);
      expect(rijen).toBe(n);
      expect(werk.stappen).toBe(5 * n);
    }
  });

  it('folds only the stored dossiers, each once: 4 folds per 1,000 entries', () => {
    for (const { n, vouwen } of metingen) expect(vouwen).toBe((n / 1000) * 4);
  });

  it('ten times the entries is exactly ten times the work', () => {
    for (let i = 1; i < metingen.length; i++) {
      const vorige = metingen[i - 1] as Meting;
      const deze = metingen[i] as Meting;
      expect(deze.werk.stappen / vorige.werk.stappen).toBe(10);
      expect(deze.vouwen / vorige.vouwen).toBe(10);
    }
  });
});
