import { describe, expect, it } from 'vitest';
import type { RawBriefing } from '../corpus';
import { tagBriefing } from './tag-briefing';
import { GENERAL_THEME, THEMES, THEME_RULES } from './taxonomy';

const themesOf = (summary: string, title = 'News'): string[] => {
  const raw: RawBriefing = { id: 't', title, summary, source: { file: 'test', line: 1 } };
  return tagBriefing(raw).themes.map((t) => t.id);
};

describe('theme rules', () => {
  it.each([
    [
      'HS classification',
      'The HSC adopted amendments to the Harmonized System nomenclature.',
      'tariff.nomenclature',
    ],
    ['valuation', 'A workshop on customs valuation and transfer pricing.', 'tariff.valuation'],
    ['origin', 'Experts discussed preferential rules of origin.', 'tariff.origin'],
    ['facilitation', 'Members discussed single window and AEO programmes.', 'facilitation.procedures'],
    [
      'facilitation via an instrument',
      'Accession to the Revised Kyoto Convention.',
      'facilitation.procedures',
    ],
    ['e-commerce', 'Growth of crossborder ecommerce and low-value consignments.', 'facilitation.ecommerce'],
    [
      'temporary admission',
      'The ATA carnet system eases temporary admission.',
      'facilitation.temporary_admission',
    ],
    ['supply chain', 'The SAFE Framework of Standards secures supply chains.', 'facilitation.supply_chain'],
    ['drugs', 'Officers seized 2 tonnes of cocaine under AIRCOP.', 'enforcement.drugs'],
    ['environment (waste)', 'Operation Demeter targeted illegal waste shipments.', 'enforcement.environment'],
    ['environment (wildlife)', 'Ivory and pangolin scales were intercepted.', 'enforcement.environment'],
    [
      'environment (ODS)',
      'Smuggling of ozone-depleting substances (ODS) and HFCs.',
      'enforcement.environment',
    ],
    ['IPR', 'Counterfeit medicines and intellectual property rights.', 'enforcement.ipr_health_safety'],
    ['security', 'Controls on dual-use goods and weapons of mass destruction.', 'enforcement.security'],
    ['security (explosive precursors)', 'Monitoring explosive precursors under PGS.', 'enforcement.security'],
    ['revenue', 'Illicit tobacco trade costs revenue.', 'enforcement.revenue'],
    ['cultural heritage', 'Looted antiquities were returned.', 'enforcement.cultural_heritage'],
    [
      'risk management',
      'Risk management and intelligence sharing via the CEN.',
      'enforcement.risk_intelligence',
    ],
    ['investigations', 'Investigations led to the seizure of smuggled goods.', 'enforcement.investigations'],
    ['e-crime', 'Drugs sold on the dark web for cryptocurrencies.', 'enforcement.ecrime'],
    ['capacity building', 'A training workshop for customs officers.', 'capacity_building'],
    ['integrity', 'The Revised Arusha Declaration on integrity.', 'integrity'],
    ['technology', 'Customs use artificial intelligence (AI) and blockchain.', 'research.technology'],
    ['disaster relief', 'Relief consignments after the earthquake.', 'crisis.disaster_relief'],
    ['pandemic', 'Vaccines moved quickly during the COVID-19 pandemic.', 'crisis.pandemic'],
    ['governance', 'The Council elected a new Secretary General.', 'governance'],
    ['partnerships (MoU)', 'The WCO and UPU signed a Memorandum of Understanding.', 'partnerships'],
    [
      'partnerships (two weak signals)',
      'International cooperation and collaboration matter.',
      'partnerships',
    ],
    [
      'partnerships (partner organisation and cooperation)',
      'The WCO and UNODC strengthen cooperation.',
      'partnerships',
    ],
  ])('%s', (_why, summary, theme) => {
    expect(themesOf(summary)).toContain(theme);
  });

  it.each([
    [
      'one passing "cooperation" is no partnership',
      'Customs called for international cooperation.',
      'partnerships',
    ],
    ['"explosive precursors" are not drugs', 'Monitoring explosive precursors.', 'enforcement.drugs'],
    [
      'a business environment is not the environment',
      'A better trade environment for business.',
      'enforcement.environment',
    ],
    [
      'duty relief is not disaster relief',
      'Rules on duty relief for returned goods.',
      'crisis.disaster_relief',
    ],
    [
      '"security" alone is not strategic trade',
      'The security and facilitation of trade.',
      'enforcement.security',
    ],
    ['a partner named twice is one signal', 'The Oceania Customs Organisation (OCO) met.', 'partnerships'],
    ['lower-case "hs" is no HS', 'He reads hs notes.', 'tariff.nomenclature'],
  ])('%s', (_why, summary, theme) => {
    expect(themesOf(summary)).not.toContain(theme);
  });

  it('falls back to the general theme when no rule matches', () => {
    const raw: RawBriefing = {
      id: 't',
      title: 'Hello',
      summary: 'Nothing to see.',
      source: { file: 'test', line: 1 },
    };
    expect(tagBriefing(raw).themes).toEqual([
      { id: GENERAL_THEME.id, label: GENERAL_THEME.label, evidence: [] },
    ]);
  });
});

describe('THEMES', () => {
  it('lists every rule and the fallback with unique ids, labels and groups', () => {
    expect(THEMES.map((t) => t.id)).toEqual([...THEME_RULES.map((r) => r.id), 'general']);
    expect(new Set(THEMES.map((t) => t.id)).size).toBe(THEMES.length);
    for (const theme of THEMES) {
      expect(theme.label).not.toBe('');
      expect(theme.group).not.toBe('');
    }
  });
});
