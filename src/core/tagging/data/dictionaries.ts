/**
 * The named-entity dictionaries as data: WCO programmes, projects and operations; organisations and WCO bodies;
 * instruments (conventions, frameworks, guidelines); people. One entry per thing, whatever it is called: old and
 * new names, acronyms and spellings are aliases of one canonical id.
 *
 * Facts come from shared/reference/wco-domain.md (section numbers and source keys in the comments). Aliases use
 * the phrase syntax of match-text.ts: acronyms are case-sensitive, `^` makes capitals required (for names that are
 * also ordinary words), and plural endings are accepted. The code that finds them is entities.ts.
 */
import type { RegionId } from '../../corpus';

export type EntityKind = 'programmes' | 'organizations' | 'instruments' | 'people';

export interface DictionaryEntry {
  /** Canonical id: the usual acronym, else a short kebab-case name. */
  id: string;
  label: string;
  /** Phrases that name it (match-text syntax). */
  aliases: readonly string[];
  /**
   * Regions the entry itself stands for. Only regional communities and regional Customs bodies whose members all
   * sit in one WCO region have one; other organisations' names are not places ("Asian Development Bank",
   * "Organization of American States").
   */
  regions?: readonly RegionId[];
  /** A national body (a donor agency, a Customs administration): its country, ISO alpha-3. */
  country?: string;
  /** For organisations: the WCO itself, one of its bodies, or an outside partner. */
  group?: 'wco' | 'partner';
}

/** Reference §2 (sources S28–S68). Operations are programmes too: "Operation Demeter IX" is DEMETER. */
export const PROGRAMMES: readonly DictionaryEntry[] = [
  {
    id: 'APPW',
    label: 'Asia Pacific Plastic Waste Project (APPW)',
    aliases: ['APPW', 'APPWP', 'Asia Pacific Plastic Waste', 'Asia Pacific Plastic Waste Management'],
  },
  {
    id: 'STCE',
    label: 'Strategic Trade Control Enforcement (STCE) Programme',
    aliases: ['STCE', 'Strategic Trade Control Enforcement', 'Strategic Trade Controls Enforcement'],
  },
  {
    id: 'PGS',
    label: 'Programme Global Shield (PGS)',
    aliases: ['PGS', 'Programme Global Shield', 'Program Global Shield', '^Global Shield'],
  },
  {
    // The acronym's expansion is "Compendium of Customs Operational Practices for Enforcement and Seizures" (S38).
    id: 'COPES',
    label: 'COPES (Customs Operational Practices for Enforcement and Seizures)',
    aliases: ['COPES', 'Compendium of Customs Operational Practices for Enforcement and Seizures'],
  },
  {
    id: 'CEN',
    label: 'Customs Enforcement Network (CEN)',
    aliases: ['CEN', 'Customs Enforcement Network', 'CEN Suite'],
  },
  {
    id: 'nCEN',
    label: 'National Customs Enforcement Network (nCEN)',
    aliases: ['nCEN', 'National Customs Enforcement Network'],
  },
  { id: 'CENcomm', label: 'CENcomm', aliases: ['CENcomm'] },
  { id: 'ContainerCOMM', label: 'ContainerCOMM', aliases: ['ContainerCOMM', 'ContainerComm'] },
  { id: 'MERCATOR', label: 'Mercator Programme', aliases: ['^Mercator'] },
  {
    id: 'COLUMBUS',
    label: 'Columbus Programme',
    aliases: ['^Columbus Programme', '^Columbus Program', '^Columbus methodology', '^Aid for SAFE Trade'],
  },
  {
    id: 'PICARD',
    label: 'PICARD (Partnership in Customs Academic Research and Development)',
    aliases: ['PICARD', 'Partnership in Customs Academic Research and Development'],
  },
  { id: 'INAMA', label: 'INAMA Project', aliases: ['INAMA', '^Inama'] },
  { id: 'DEMETER', label: 'Operation Demeter', aliases: ['^Operation Demeter', '^Demeter'] },
  { id: 'THUNDER', label: 'Operation Thunder', aliases: ['^Operation Thunder', '^Thunderball'] },
  {
    // Earlier name: HMRC-WCO-UNCTAD TFA Implementation Programme (S56).
    id: 'ACCELERATE-TF',
    label: 'Accelerate Trade Facilitation Programme',
    aliases: [
      '^Accelerate Trade Facilitation',
      'HMRC-WCO-UNCTAD TFA Implementation',
      'HMRC-WCO-UNCTAD Trade Facilitation Agreement Implementation',
    ],
  },
  {
    id: 'GTFP',
    label: 'Global Trade Facilitation Programme (GTFP)',
    aliases: ['GTFP', '^Global Trade Facilitation Programme', '^Global Trade Facilitation Program'],
  },
  {
    id: 'CLiKC',
    label: 'CLiKC! (Customs Learning and Knowledge Community)',
    aliases: ['CLiKC', 'Customs Learning and Knowledge Community'],
  },
  {
    id: 'VCOA',
    label: 'Virtual Customs Orientation Academy (VCOA)',
    aliases: ['VCOA', 'Virtual Customs Orientation Academy'],
  },
  {
    id: 'SECURITY-PROGRAMME',
    label: 'WCO Security Programme',
    aliases: ['^Security Programme', '^Security Program'],
  },
  {
    // Merged into PCCP in April 2024 (S28); kept as its own id because older news names it.
    id: 'CCP',
    label: 'Container Control Programme (CCP)',
    aliases: ['CCP', 'Container Control Programme', 'Container Control Program'],
  },
  {
    id: 'AIRCOP',
    label: 'AIRCOP (Airport Communication Project)',
    aliases: ['AIRCOP', 'Airport Communication Project'],
  },
  {
    id: 'PCCP',
    label: 'Passenger and Cargo Control Programme (PCCP)',
    aliases: ['PCCP', 'Passenger and Cargo Control Programme'],
  },
  { id: 'GCI', label: 'Green Customs Initiative (GCI)', aliases: ['GCI', 'Green Customs Initiative'] },
  { id: 'COSMO', label: 'Operation COSMO', aliases: ['^Operation COSMO', '^COSMO'] },
  { id: 'CHIMERA', label: 'Operation Chimera', aliases: ['^Operation Chimera', '^CHIMERA'] },
  { id: 'COCAIR', label: 'Operation COCAIR', aliases: ['COCAIR', '^Operation Cocair'] },
  { id: 'PRAESIDIO', label: 'Operation PRAESIDIO', aliases: ['PRAESIDIO', '^Operation Praesidio'] },
  { id: 'BSI', label: 'Border Security Initiative (BSI)', aliases: ['BSI', '^Border Security Initiative'] },
  { id: 'SALW-PROJECT', label: 'SALW Project', aliases: ['SALW project', 'SALW programme'] },
  {
    id: 'SCI-PROJECT',
    label: 'ABF/WCO Supply Chain Integrity Project',
    aliases: ['^Supply Chain Integrity Project', 'ABF/WCO Supply Chain Integrity'],
  },
  // The Enforcement and Compliance programmes (S28, S29).
  {
    id: 'DRUGS-PROGRAMME',
    label: 'Drugs and Precursors Programme',
    aliases: ['^Drugs and Precursors Programme', '^Drugs Programme'],
  },
  { id: 'ENVIRONMENT-PROGRAMME', label: 'WCO Environment Programme', aliases: ['^Environment Programme'] },
  {
    id: 'RMI-PROGRAMME',
    label: 'Risk Management and Intelligence Programme',
    aliases: ['^Risk Management and Intelligence Programme', '^Intelligence and Risk Management Programme'],
  },
  {
    id: 'IPR-PROGRAMME',
    label: 'IPR, Health and Safety Programme',
    aliases: ['^IPR, Health and Safety Programme', '^IPR Health and Safety Programme'],
  },
  { id: 'REVENUE-PROGRAMME', label: 'Revenue Programme', aliases: ['^Revenue Programme'] },
  {
    id: 'CULTURAL-HERITAGE-PROGRAMME',
    label: 'Cultural Heritage Programme',
    aliases: ['^Cultural Heritage Programme'],
  },
];

/** Reference §4 (S14, S15, S29, S78–S92) and a few other international organisations common in customs news. */
export const ORGANIZATIONS: readonly DictionaryEntry[] = [
  {
    id: 'WCO',
    label: 'World Customs Organization (WCO)',
    group: 'wco',
    // Founded as the Customs Co-operation Council; "WCO" adopted 1994 (§3, S69).
    aliases: [
      'WCO',
      'World Customs Organization',
      'World Customs Organisation',
      'Customs Co-operation Council',
    ],
  },
  // WCO bodies (§4.1, S15).
  {
    id: 'COUNCIL',
    label: 'WCO Council',
    group: 'wco',
    aliases: ['WCO Council', '^Council of the WCO', '^Council session', '^the Council'],
  },
  { id: 'POLICY-COMMISSION', label: 'Policy Commission', group: 'wco', aliases: ['^Policy Commission'] },
  { id: 'FINANCE-COMMITTEE', label: 'Finance Committee', group: 'wco', aliases: ['^Finance Committee'] },
  { id: 'AUDIT-COMMITTEE', label: 'Audit Committee', group: 'wco', aliases: ['^Audit Committee'] },
  {
    id: 'HSC',
    label: 'Harmonized System Committee (HSC)',
    group: 'wco',
    aliases: ['HSC', '^Harmonized System Committee', '^Harmonised System Committee', '^HS Committee'],
  },
  { id: 'HS-RSC', label: 'HS Review Sub-Committee', group: 'wco', aliases: ['^HS Review Sub-Committee'] },
  { id: 'SSC', label: 'Scientific Sub-Committee', group: 'wco', aliases: ['^Scientific Sub-Committee'] },
  {
    id: 'TCRO',
    label: 'Technical Committee on Rules of Origin (TCRO)',
    group: 'wco',
    aliases: ['TCRO', '^Technical Committee on Rules of Origin'],
  },
  {
    id: 'TCCV',
    label: 'Technical Committee on Customs Valuation (TCCV)',
    group: 'wco',
    aliases: ['TCCV', '^Technical Committee on Customs Valuation'],
  },
  {
    id: 'PTC',
    label: 'Permanent Technical Committee (PTC)',
    group: 'wco',
    aliases: ['PTC', '^Permanent Technical Committee'],
  },
  {
    id: 'IMSC',
    label: 'Information Management Sub-Committee',
    group: 'wco',
    aliases: ['IMSC', '^Information Management Sub-Committee'],
  },
  { id: 'RKC-MC', label: 'RKC Management Committee', group: 'wco', aliases: ['^RKC Management Committee'] },
  {
    id: 'ENFORCEMENT-COMMITTEE',
    label: 'Enforcement Committee',
    group: 'wco',
    aliases: ['^Enforcement Committee'],
  },
  {
    id: 'CBC',
    label: 'Capacity Building Committee',
    group: 'wco',
    aliases: ['^Capacity Building Committee'],
  },
  {
    id: 'INTEGRITY-SC',
    label: 'Integrity Sub-Committee',
    group: 'wco',
    aliases: ['^Integrity Sub-Committee'],
  },
  { id: 'SAFE-WG', label: 'SAFE Working Group', group: 'wco', aliases: ['^SAFE Working Group'] },
  { id: 'TFAWG', label: 'TFA Working Group (TFAWG)', group: 'wco', aliases: ['TFAWG', '^TFA Working Group'] },
  {
    id: 'WGEC',
    label: 'Working Group on E-Commerce (WGEC)',
    group: 'wco',
    aliases: ['WGEC', '^Working Group on E-Commerce'],
  },
  {
    id: 'PSCG',
    label: 'Private Sector Consultative Group (PSCG)',
    group: 'wco',
    aliases: ['PSCG', '^Private Sector Consultative Group'],
  },
  {
    id: 'ECEG',
    label: 'Electronic Crime Expert Group (ECEG)',
    group: 'wco',
    aliases: ['ECEG', '^Electronic Crime Expert Group'],
  },
  {
    id: 'CAP-GROUP',
    label: 'Counterfeiting and Piracy (CAP) Group',
    group: 'wco',
    aliases: ['^Counterfeiting and Piracy Group', 'CAP Group'],
  },
  {
    id: 'UPU-WCO-CC',
    label: 'WCO–UPU Contact Committee',
    group: 'wco',
    aliases: ['WCO-UPU Contact Committee', 'UPU-WCO Contact Committee'],
  },
  {
    id: 'ROCB',
    label: 'Regional Office for Capacity Building (ROCB)',
    group: 'wco',
    aliases: ['ROCB', '^Regional Office for Capacity Building'],
  },
  {
    id: 'RILO',
    label: 'Regional Intelligence Liaison Office (RILO)',
    group: 'wco',
    aliases: ['RILO', '^Regional Intelligence Liaison Office'],
  },
  {
    id: 'RTC',
    label: 'Regional Training Centre (RTC)',
    group: 'wco',
    aliases: ['^Regional Training Centre', '^Regional Training Center'],
  },
  {
    id: 'RCL',
    label: 'Regional Customs Laboratory (RCL)',
    group: 'wco',
    aliases: ['^Regional Customs Laboratory'],
  },
  {
    id: 'RDTC',
    label: 'Regional Dog Training Centre (RDTC)',
    group: 'wco',
    aliases: ['RDTC', '^Regional Dog Training Centre'],
  },
  // Partners (§4.2). WOAH was the OIE (Office International des Epizooties) until about 2022 (S86, S87).
  {
    id: 'WOAH',
    label: 'World Organisation for Animal Health (WOAH, formerly OIE)',
    group: 'partner',
    aliases: [
      'WOAH',
      'OIE',
      'OiE',
      'World Organisation for Animal Health',
      'World Organization for Animal Health',
      'Office International des Epizooties',
      'World Animal Health Organisation',
      'World Animal Health Organization',
    ],
  },
  {
    id: 'UNODC',
    label: 'United Nations Office on Drugs and Crime (UNODC)',
    group: 'partner',
    aliases: ['UNODC', 'United Nations Office on Drugs and Crime', 'UN Office on Drugs and Crime'],
  },
  {
    id: 'INTERPOL',
    label: 'INTERPOL',
    group: 'partner',
    aliases: [
      'INTERPOL',
      '^Interpol',
      'International Criminal Police Organization',
      'International Criminal Police Organisation',
    ],
  },
  {
    id: 'UNEP',
    label: 'UN Environment Programme (UNEP)',
    group: 'partner',
    aliases: [
      'UNEP',
      'United Nations Environment Programme',
      'UN Environment Programme',
      '^UN Environment',
      '^OzonAction',
    ],
  },
  {
    id: 'WTO',
    label: 'World Trade Organization (WTO)',
    group: 'partner',
    aliases: ['WTO', 'World Trade Organization', 'World Trade Organisation'],
  },
  {
    id: 'UNCTAD',
    label: 'UN Trade and Development (UNCTAD)',
    group: 'partner',
    aliases: ['UNCTAD', 'United Nations Conference on Trade and Development', '^UN Trade and Development'],
  },
  {
    id: 'UPU',
    label: 'Universal Postal Union (UPU)',
    group: 'partner',
    aliases: ['UPU', 'Universal Postal Union'],
  },
  {
    id: 'ICAO',
    label: 'International Civil Aviation Organization (ICAO)',
    group: 'partner',
    aliases: [
      'ICAO',
      'International Civil Aviation Organization',
      'International Civil Aviation Organisation',
    ],
  },
  {
    id: 'IMO',
    label: 'International Maritime Organization (IMO)',
    group: 'partner',
    aliases: ['IMO', 'International Maritime Organization', 'International Maritime Organisation'],
  },
  {
    id: 'ADB',
    label: 'Asian Development Bank (ADB)',
    group: 'partner',
    aliases: ['ADB', 'Asian Development Bank'],
  },
  {
    id: 'ADBI',
    label: 'Asian Development Bank Institute (ADBI)',
    group: 'partner',
    aliases: ['ADBI', 'Asian Development Bank Institute'],
  },
  {
    id: 'OPCW',
    label: 'Organisation for the Prohibition of Chemical Weapons (OPCW)',
    group: 'partner',
    aliases: [
      'OPCW',
      'Organisation for the Prohibition of Chemical Weapons',
      'Organization for the Prohibition of Chemical Weapons',
    ],
  },
  {
    // The EU is a member of the Europe region (reference JSON `supranational`), but it is tagged as an organisation
    // only: WCO news about the EU is as often about EU-funded work elsewhere as about Europe.
    id: 'EU',
    label: 'European Union (EU)',
    group: 'partner',
    aliases: ['EU', 'European Union'],
  },
  {
    id: 'EUROPEAN-COMMISSION',
    label: 'European Commission',
    group: 'partner',
    aliases: ['^European Commission'],
  },
  {
    id: 'DG-TAXUD',
    label: 'DG TAXUD (European Commission)',
    group: 'partner',
    aliases: ['DG TAXUD', 'TAXUD', 'Directorate-General for Taxation and Customs Union'],
  },
  {
    id: 'OLAF',
    label: 'European Anti-Fraud Office (OLAF)',
    group: 'partner',
    aliases: ['OLAF', 'European Anti-Fraud Office'],
  },
  { id: 'EUROPOL', label: 'Europol', group: 'partner', aliases: ['^Europol'] },
  {
    // The reference names the EMCDDA (MoU 2007, S78); it became the EU Drugs Agency in 2024 [U].
    id: 'EUDA',
    label: 'European Union Drugs Agency (EUDA, formerly EMCDDA)',
    group: 'partner',
    aliases: [
      'EUDA',
      'EMCDDA',
      'European Monitoring Centre for Drugs and Drug Addiction',
      'European Union Drugs Agency',
    ],
  },
  {
    id: 'FATF',
    label: 'Financial Action Task Force (FATF)',
    group: 'partner',
    aliases: ['FATF', 'Financial Action Task Force'],
  },
  {
    id: 'DTRA',
    label: 'Defense Threat Reduction Agency (DTRA)',
    group: 'partner',
    aliases: ['DTRA', 'Defense Threat Reduction Agency'],
  },
  {
    id: 'INCU',
    label: 'International Network of Customs Universities (INCU)',
    group: 'partner',
    aliases: ['INCU', 'International Network of Customs Universities'],
  },
  // Other international organisations often named beside the WCO.
  {
    id: 'UN',
    label: 'United Nations (UN)',
    group: 'partner',
    aliases: ['UN', 'United Nations', '^UN Security Council', '^Security Council'],
  },
  {
    id: 'UNESCO',
    label: 'UNESCO',
    group: 'partner',
    aliases: ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization'],
  },
  {
    id: 'WHO',
    label: 'World Health Organization (WHO)',
    group: 'partner',
    aliases: ['WHO', 'World Health Organization', 'World Health Organisation'],
  },
  {
    id: 'FAO',
    label: 'Food and Agriculture Organization (FAO)',
    group: 'partner',
    aliases: ['FAO', 'Food and Agriculture Organization'],
  },
  {
    id: 'IAEA',
    label: 'International Atomic Energy Agency (IAEA)',
    group: 'partner',
    aliases: ['IAEA', 'International Atomic Energy Agency'],
  },
  {
    id: 'OECD',
    label: 'OECD',
    group: 'partner',
    aliases: [
      'OECD',
      'Organisation for Economic Co-operation and Development',
      'Organization for Economic Cooperation and Development',
    ],
  },
  { id: 'WORLD-BANK', label: 'World Bank', group: 'partner', aliases: ['^World Bank', '^World Bank Group'] },
  {
    id: 'IMF',
    label: 'International Monetary Fund (IMF)',
    group: 'partner',
    aliases: ['IMF', 'International Monetary Fund'],
  },
  {
    id: 'ITC',
    label: 'International Trade Centre (ITC)',
    group: 'partner',
    aliases: ['^International Trade Centre'],
  },
  {
    id: 'UNECE',
    label: 'UN Economic Commission for Europe (UNECE)',
    group: 'partner',
    aliases: ['UNECE', 'United Nations Economic Commission for Europe', 'UN Economic Commission for Europe'],
  },
  {
    id: 'UNDP',
    label: 'UN Development Programme (UNDP)',
    group: 'partner',
    aliases: ['UNDP', 'United Nations Development Programme', 'UN Development Programme'],
  },
  {
    id: 'GIZ',
    country: 'DEU',
    label: 'GIZ',
    group: 'partner',
    aliases: ['GIZ', 'Deutsche Gesellschaft für Internationale Zusammenarbeit'],
  },
  {
    id: 'JICA',
    country: 'JPN',
    label: 'Japan International Cooperation Agency (JICA)',
    group: 'partner',
    aliases: ['JICA', 'Japan International Cooperation Agency'],
  },
  {
    id: 'HMRC',
    country: 'GBR',
    label: 'HM Revenue and Customs (HMRC)',
    group: 'partner',
    aliases: [
      'HMRC',
      "His Majesty's Revenue and Customs",
      "Her Majesty's Revenue and Customs",
      '^HM Revenue and Customs',
    ],
  },
  {
    id: 'CBP',
    country: 'USA',
    label: 'U.S. Customs and Border Protection (CBP)',
    group: 'partner',
    aliases: [
      'CBP',
      '^Customs and Border Protection',
      '^US Customs and Border Protection',
      '^U.S. Customs and Border Protection',
    ],
  },
  {
    id: 'OSCE',
    label: 'Organization for Security and Co-operation in Europe (OSCE)',
    group: 'partner',
    aliases: ['OSCE', 'Organization for Security and Co-operation in Europe'],
  },
  {
    id: 'IATA',
    label: 'International Air Transport Association (IATA)',
    group: 'partner',
    aliases: ['IATA', 'International Air Transport Association'],
  },
  {
    id: 'IRU',
    label: 'International Road Transport Union (IRU)',
    group: 'partner',
    aliases: ['IRU', 'International Road Transport Union'],
  },
  {
    id: 'ICC',
    label: 'International Chamber of Commerce (ICC)',
    group: 'partner',
    aliases: ['^International Chamber of Commerce'],
  },
  {
    id: 'OCHA',
    label: 'UN Office for the Coordination of Humanitarian Affairs (OCHA)',
    group: 'partner',
    aliases: ['OCHA', '^Office for the Coordination of Humanitarian Affairs'],
  },
  // National development and Customs agencies that fund or deliver WCO activities: each stands for its country
  // when it pays (the "Supported by" facet counts the country). Names as the agencies write them.
  {
    id: 'USAID',
    label: 'US Agency for International Development (USAID)',
    group: 'partner',
    country: 'USA',
    aliases: [
      'USAID',
      '^United States Agency for International Development',
      '^US Agency for International Development',
    ],
  },
  {
    id: 'US-STATE',
    label: 'US Department of State',
    group: 'partner',
    country: 'USA',
    aliases: [
      '^US Department of State',
      '^U.S. Department of State',
      '^United States Department of State',
      '^US State Department',
      '^State Department',
    ],
  },
  {
    id: 'SIDA',
    label: 'Swedish International Development Cooperation Agency (Sida)',
    group: 'partner',
    country: 'SWE',
    aliases: ['Sida', 'SIDA', '^Swedish International Development Cooperation Agency'],
  },
  {
    id: 'NORAD',
    label: 'Norwegian Agency for Development Cooperation (Norad)',
    group: 'partner',
    country: 'NOR',
    aliases: ['Norad', 'NORAD', '^Norwegian Agency for Development Cooperation'],
  },
  {
    id: 'KOICA',
    label: 'Korea International Cooperation Agency (KOICA)',
    group: 'partner',
    country: 'KOR',
    aliases: ['KOICA', '^Korea International Cooperation Agency'],
  },
  {
    id: 'KCS',
    label: 'Korea Customs Service (KCS)',
    group: 'partner',
    country: 'KOR',
    aliases: ['KCS', '^Korea Customs Service'],
  },
  {
    id: 'ZATCA',
    label: 'Zakat, Tax and Customs Authority (ZATCA)',
    group: 'partner',
    country: 'SAU',
    aliases: ['ZATCA', '^Zakat, Tax and Customs Authority'],
  },
  {
    id: 'SECO',
    label: 'Swiss State Secretariat for Economic Affairs (SECO)',
    group: 'partner',
    country: 'CHE',
    aliases: ['SECO', '^State Secretariat for Economic Affairs'],
  },
  {
    id: 'GAC',
    label: 'Global Affairs Canada',
    group: 'partner',
    country: 'CAN',
    aliases: ['^Global Affairs Canada'],
  },
  {
    id: 'FCDO',
    label: 'Foreign, Commonwealth and Development Office (FCDO)',
    group: 'partner',
    country: 'GBR',
    aliases: [
      'FCDO',
      '^Foreign, Commonwealth and Development Office',
      '^Foreign, Commonwealth & Development Office',
    ],
  },
  {
    id: 'GERMAN-FFO',
    label: 'German Federal Foreign Office',
    group: 'partner',
    country: 'DEU',
    aliases: ['^German Federal Foreign Office', '^Federal Foreign Office'],
  },
  {
    id: 'CBSA',
    label: 'Canada Border Services Agency (CBSA)',
    group: 'partner',
    country: 'CAN',
    aliases: ['CBSA', '^Canada Border Services Agency'],
  },
  {
    id: 'EUROCUSTOMS',
    label: 'Eurocustoms',
    group: 'partner',
    aliases: ['^Eurocustoms'],
  },
  {
    id: 'EIF',
    label: 'Enhanced Integrated Framework (EIF)',
    group: 'partner',
    aliases: ['^Enhanced Integrated Framework'],
  },
  {
    id: 'AFDB',
    label: 'African Development Bank (AfDB)',
    group: 'partner',
    aliases: ['AfDB', '^African Development Bank'],
  },
  // Regional communities and regional Customs bodies (OCO, CCLEC: §4.2, S24, S92).
  {
    id: 'ASEAN',
    label: 'ASEAN',
    group: 'partner',
    regions: ['AP'],
    aliases: ['ASEAN', 'Association of South-East Asian Nations'],
  },
  {
    id: 'SAARC',
    label: 'SAARC',
    group: 'partner',
    regions: ['AP'],
    aliases: ['SAARC', 'South Asian Association for Regional Cooperation'],
  },
  {
    id: 'PIF',
    label: 'Pacific Islands Forum',
    group: 'partner',
    regions: ['AP'],
    aliases: ['^Pacific Islands Forum'],
  },
  {
    id: 'OCO',
    label: 'Oceania Customs Organisation (OCO)',
    group: 'partner',
    regions: ['AP'],
    aliases: ['OCO', 'Oceania Customs Organisation', 'Oceania Customs Organization'],
  },
  {
    id: 'SADC',
    label: 'Southern African Development Community (SADC)',
    group: 'partner',
    regions: ['ESA'],
    aliases: ['SADC', 'Southern African Development Community'],
  },
  {
    id: 'SACU',
    label: 'Southern African Customs Union (SACU)',
    group: 'partner',
    regions: ['ESA'],
    aliases: ['SACU', 'Southern African Customs Union'],
  },
  {
    id: 'EAC',
    label: 'East African Community (EAC)',
    group: 'partner',
    regions: ['ESA'],
    aliases: ['EAC', 'East African Community'],
  },
  {
    id: 'COMESA',
    label: 'COMESA',
    group: 'partner',
    aliases: ['COMESA', 'Common Market for Eastern and Southern Africa'],
  },
  {
    id: 'ECOWAS',
    label: 'ECOWAS',
    group: 'partner',
    regions: ['WCA'],
    aliases: ['ECOWAS', 'Economic Community of West African States'],
  },
  {
    id: 'UEMOA',
    label: 'West African Economic and Monetary Union (UEMOA/WAEMU)',
    group: 'partner',
    regions: ['WCA'],
    aliases: ['UEMOA', 'WAEMU', 'West African Economic and Monetary Union'],
  },
  {
    id: 'CEMAC',
    label: 'CEMAC',
    group: 'partner',
    regions: ['WCA'],
    aliases: ['CEMAC', 'Economic and Monetary Community of Central Africa'],
  },
  { id: 'AU', label: 'African Union (AU)', group: 'partner', aliases: ['African Union'] },
  {
    id: 'GCC',
    label: 'Gulf Cooperation Council (GCC)',
    group: 'partner',
    regions: ['MENA'],
    aliases: ['GCC', '^Gulf Cooperation Council', 'Cooperation Council for the Arab States of the Gulf'],
  },
  {
    id: 'ARAB-LEAGUE',
    label: 'League of Arab States',
    group: 'partner',
    aliases: ['^League of Arab States', '^Arab League'],
  },
  {
    id: 'APEC',
    label: 'Asia-Pacific Economic Cooperation (APEC)',
    group: 'partner',
    aliases: ['APEC', 'Asia-Pacific Economic Cooperation'],
  },
  {
    id: 'CARICOM',
    label: 'CARICOM',
    group: 'partner',
    regions: ['AMS'],
    aliases: ['CARICOM', '^Caribbean Community'],
  },
  {
    id: 'MERCOSUR',
    label: 'MERCOSUR',
    group: 'partner',
    regions: ['AMS'],
    aliases: ['MERCOSUR', '^Mercosur'],
  },
  {
    id: 'CCLEC',
    label: 'Caribbean Customs Law Enforcement Council (CCLEC)',
    group: 'partner',
    regions: ['AMS'],
    aliases: ['CCLEC', '^Caribbean Customs Law Enforcement Council', '^Caribbean Customs Organisation'],
  },
  {
    id: 'OAS',
    label: 'Organization of American States (OAS)',
    group: 'partner',
    aliases: ['OAS', 'Organization of American States'],
  },
  {
    id: 'EAEU',
    label: 'Eurasian Economic Union (EAEU)',
    group: 'partner',
    regions: ['EUR'],
    aliases: ['EAEU', 'Eurasian Economic Union'],
  },
  {
    id: 'COUNCIL-OF-EUROPE',
    label: 'Council of Europe',
    group: 'partner',
    regions: ['EUR'],
    aliases: ['^Council of Europe'],
  },
];

/** The three chemicals and waste conventions share a Secretariat ("BRS", §3, S67) and are often named together. */
export const BRS_CONVENTIONS = [
  '^Basel, Rotterdam and Stockholm Conventions',
  '^BRS Conventions',
  '^BRS Secretariat',
];

/** Reference §3 (S24–S80). CITES is an instrument (the Convention); "CITES Secretariat" counts as a mention of it. */
export const INSTRUMENTS: readonly DictionaryEntry[] = [
  {
    id: 'BASEL',
    label: 'Basel Convention',
    aliases: [
      '^Basel Convention',
      '^Basel Plastic Waste Amendment',
      '^Basel Ban Amendment',
      ...BRS_CONVENTIONS,
    ],
  },
  { id: 'ROTTERDAM', label: 'Rotterdam Convention', aliases: ['^Rotterdam Convention', ...BRS_CONVENTIONS] },
  { id: 'STOCKHOLM', label: 'Stockholm Convention', aliases: ['^Stockholm Convention', ...BRS_CONVENTIONS] },
  {
    id: 'MONTREAL',
    label: 'Montreal Protocol (and Kigali Amendment)',
    aliases: ['^Montreal Protocol', '^Kigali Amendment'],
  },
  {
    id: 'CITES',
    label: 'CITES (Convention on International Trade in Endangered Species)',
    aliases: ['CITES', 'Convention on International Trade in Endangered Species'],
  },
  { id: 'MINAMATA', label: 'Minamata Convention', aliases: ['^Minamata Convention'] },
  { id: 'CARTAGENA', label: 'Cartagena Protocol', aliases: ['^Cartagena Protocol'] },
  { id: 'CWC', label: 'Chemical Weapons Convention', aliases: ['CWC', '^Chemical Weapons Convention'] },
  {
    id: 'MEA',
    label: 'Multilateral environmental agreements (MEAs)',
    aliases: ['MEA', 'multilateral environmental agreement'],
  },
  {
    id: 'ECOMMERCE-FOS',
    label: 'Framework of Standards on Cross-Border E-Commerce',
    aliases: [
      '^Framework of Standards on Cross-Border E-Commerce',
      '^E-Commerce Framework of Standards',
      '^Cross-Border E-Commerce Framework of Standards',
      'E-Commerce FoS',
      '^E-Commerce Package',
    ],
  },
  {
    id: 'SAFE',
    label: 'SAFE Framework of Standards',
    aliases: ['SAFE Framework of Standards', 'SAFE FoS', 'SAFE Framework', 'SAFE'],
  },
  { id: 'IRG', label: 'Immediate Release Guidelines', aliases: ['^Immediate Release Guidelines'] },
  {
    id: 'RKC',
    label: 'Revised Kyoto Convention (RKC)',
    aliases: [
      'RKC',
      '^Revised Kyoto Convention',
      '^Kyoto Convention',
      'International Convention on the Simplification and Harmonization of Customs Procedures',
      'International Convention on the Simplification and Harmonisation of Customs Procedures',
    ],
  },
  {
    id: 'HS',
    label: 'Harmonized System (HS)',
    aliases: [
      'HS',
      '^Harmonized System',
      '^Harmonised System',
      'Harmonized Commodity Description and Coding System',
      'Harmonised Commodity Description and Coding System',
    ],
  },
  {
    id: 'ISTANBUL',
    label: 'Istanbul Convention (Convention on Temporary Admission)',
    aliases: ['^Istanbul Convention', '^Convention on Temporary Admission'],
  },
  {
    id: 'ATA',
    label: 'ATA Convention and carnet system',
    aliases: ['ATA Convention', 'ATA carnet', 'ATA system'],
  },
  {
    id: 'CONTAINERS-1972',
    label: 'Customs Convention on Containers (1972)',
    aliases: ['^Customs Convention on Containers'],
  },
  { id: 'TIR', label: 'TIR Convention', aliases: ['TIR Convention', 'TIR carnet', 'TIR system'] },
  {
    id: 'TFA',
    label: 'WTO Trade Facilitation Agreement (TFA)',
    aliases: [
      'TFA',
      '^Trade Facilitation Agreement',
      'WTO TFA',
      'WTO ATF',
      '^Agreement on Trade Facilitation',
    ],
  },
  {
    id: 'VALUATION-AGREEMENT',
    label: 'WTO Valuation Agreement',
    aliases: [
      '^Valuation Agreement',
      '^Agreement on Customs Valuation',
      '^Agreement on Implementation of Article VII',
    ],
  },
  {
    id: 'ORIGIN-AGREEMENT',
    label: 'WTO Agreement on Rules of Origin',
    aliases: ['^Agreement on Rules of Origin'],
  },
  {
    id: 'AFCFTA',
    label: 'African Continental Free Trade Area (AfCFTA)',
    aliases: ['AfCFTA', 'African Continental Free Trade Area'],
  },
  {
    id: 'ARUSHA',
    label: 'Arusha Declaration',
    aliases: ['^Arusha Declaration', '^Revised Arusha Declaration'],
  },
  { id: 'PUNTA-CANA', label: 'Punta Cana Resolution', aliases: ['^Punta Cana Resolution'] },
  {
    id: 'UNSCR-1540',
    label: 'UN Security Council Resolution 1540',
    aliases: [
      'UNSCR 1540',
      '^Resolution 1540',
      '^UN Security Council Resolution 1540',
      '^United Nations Security Council Resolution 1540',
    ],
  },
  { id: 'NAIROBI', label: 'Nairobi Convention', aliases: ['^Nairobi Convention'] },
  { id: 'JOHANNESBURG', label: 'Johannesburg Convention', aliases: ['^Johannesburg Convention'] },
  { id: 'MBA', label: 'Model Bilateral Agreement', aliases: ['^Model Bilateral Agreement'] },
  {
    id: 'CCC-CONVENTION',
    label: 'Convention establishing a Customs Co-operation Council',
    aliases: ['^Convention establishing a Customs Co-operation Council'],
  },
  { id: 'DATA-MODEL', label: 'WCO Data Model', aliases: ['^WCO Data Model', '^Data Model'] },
];

/**
 * Secretaries General and the Deputy (reference §6 and §4.1, S52, S82, S97–S102). Surnames alone only where they
 * are distinctive; a bare "Secretary General" names nobody (which one depends on the date).
 */
export const PEOPLE: readonly DictionaryEntry[] = [
  { id: 'kunio-mikuriya', label: 'Kunio Mikuriya', aliases: ['Kunio Mikuriya', '^Mikuriya'] },
  {
    id: 'ian-saunders',
    label: 'Ian Saunders',
    aliases: ['Ian Saunders', '^Secretary General Saunders', '^SG Saunders', '^Mr Saunders'],
  },
  { id: 'michel-danet', label: 'Michel Danet', aliases: ['Michel Danet', '^Danet'] },
  {
    id: 'ricardo-trevino-chapa',
    label: 'Ricardo Treviño Chapa',
    aliases: ['Ricardo Treviño Chapa', 'Ricardo Treviño', '^Treviño Chapa'],
  },
];

/** The dictionaries by tag kind. */
export const DICTIONARIES: Readonly<Record<EntityKind, readonly DictionaryEntry[]>> = {
  programmes: PROGRAMMES,
  organizations: ORGANIZATIONS,
  instruments: INSTRUMENTS,
  people: PEOPLE,
};

/** Organisations other than the WCO and its bodies: a named partner is a sign of a partnership story. */
export const PARTNER_ORGANIZATION_IDS: readonly string[] = ORGANIZATIONS.filter(
  (o) => o.group === 'partner',
).map((o) => o.id);
