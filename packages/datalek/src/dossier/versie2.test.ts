// Issue 10 item 3: schema version 3 stores the assessment on the analysis. Dossiers stored with version 2
// (fixtures/dossier-v2.json, written by the release before it, with the answers it gave) must still replay and
// give the same answers; the upcaster does not invent the assessment it did not store.
import { describe, expect, it } from 'vitest';
import opgeslagen from '../../fixtures/dossier-v2.json' with { type: 'json' };
import { leesDossier, openTermijnen, registerRegels, toestand, volgendeStappen } from '../index.js';

const { nu, dossiers } = opgeslagen as unknown as {
  nu: `${number}-${number}-${number}T${string}`;
  dossiers: { opgeslagen: unknown; antwoorden: Record<string, unknown> }[];
};

describe('dossiers stored with schema version 2 (fixtures/dossier-v2.json)', () => {
  it('the fixture was written by version 2: every stored event carries versie 2', () => {
    expect(opgeslagen.procedureVersie).toBe(2);
    for (const { opgeslagen: d } of dossiers)
      for (const g of (d as { gebeurtenissen: { versie?: number }[] }).gebeurtenissen)
        expect(g.versie).toBe(2);
  });

  it.each(dossiers.map((d, i) => [i, d] as const))(
    'dossier %i replays, is upcast to version 3, and gives the answers version 2 gave',
    (_i, { opgeslagen: d, antwoorden }) => {
      const r = leesDossier(JSON.stringify(d));
      if (!r.ok) throw new Error(r.problemen.map((p) => `${p.code}@${p.pad.join('.')}`).join());
      expect(r.waarde.versie).toBe(3);
      expect(r.waarde.gebeurtenissen.every((g) => g.versie === 3)).toBe(true);
      const t = toestand(r.waarde);
      expect(t).toEqual({ ok: true, waarde: antwoorden.toestand });
      // no assessment is invented: the analysis of version 2 kept only its outcome
      if (t.ok && t.waarde.fase !== 'nieuw') {
        expect(t.waarde.opgeslagenBeoordeling).toBeUndefined();
        expect(t.waarde.afwijkingen).toBeUndefined();
      }
      const stap = (s: { code: string; rol: string; termijnCode?: string }) => [s.code, s.rol, s.termijnCode];
      expect(volgendeStappen(r.waarde).map(stap)).toEqual(
        (antwoorden.volgendeStappen as { code: string; rol: string; termijnCode?: string }[]).map(stap),
      );
      const term = (o: {
        code: string;
        rol: string;
        termijn?: { vervaltOp: string };
        status?: { fase: string };
      }) => [o.code, o.rol, o.termijn?.vervaltOp, o.status?.fase];
      expect(openTermijnen(r.waarde, nu).map(term)).toEqual((antwoorden.openTermijnen as never[]).map(term));
      // in the register: no stored assessment, so no verdict on deviation
      const [rij] = [...registerRegels([r.waarde])];
      expect(rij?.beoordelingOpgeslagen).toBe(false);
      expect(rij?.wijktAf).toBeUndefined();
      expect(rij?.redenen).toEqual([]);
    },
  );
});
