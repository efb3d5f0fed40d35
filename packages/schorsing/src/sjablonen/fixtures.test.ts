// The worked letters of fixtures/sjablonen.json (seed Bijlagen 20 and 21; Awb 3:45, WPO 63, WPO 43): each
// template filled with placeholders for a denominatie at its peildatum, compared on the remedies it cites.
import { draaiFixtures } from '@schoolveiligheid/testkit';
import { fixture } from '../testhulp/fixtures.js';
import { type SjabloonId, vulSjabloonIn } from './sjablonen.js';
import { alleVelden } from './testhulp.js';

interface SjabloonGeval {
  readonly sjabloon: SjabloonId;
  readonly denominatie: 'openbaar' | 'bijzonder';
}

draaiFixtures<SjabloonGeval, { bevat: string }>(fixture('sjablonen.json'), (invoer, f) => {
  const r = vulSjabloonIn(invoer.sjabloon, {
    denominatie: invoer.denominatie,
    peildatum: f.peildatum,
    velden: alleVelden(invoer.sjabloon),
  });
  if (!r.ok) return { problemen: r.problemen.map((p) => p.code) };
  return {
    rechtsmiddelen: r.waarde.rechtsmiddelen.map((x) => ({
      besluit: x.besluit,
      soort: x.soort,
      artikelen: x.bronnen.map((b) => b.artikel),
    })),
    bevat: r.waarde.tekst.includes(f.verwacht.bevat) ? f.verwacht.bevat : 'ontbreekt',
  };
});
