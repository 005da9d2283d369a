/**
 * Test fixture: a tiny but valid pack (two documents, three speakers, one
 * disputed claim) shared by the view-model and UI tests. Not loaded by the
 * extension.
 */
import type { Pack } from '../corpus/schema.ts';

const KAZINFORM_TEXT = [
  'Kazakhstan gets access to Facebook content reporting system',
  'NUR-SULTAN. KAZINFORM Facebook has granted Kazakhstan direct and exclusive access to its Content Reporting System, the ministry said.',
  'Training for ministry staff took place on October 28.',
].join('\n\n');

const REUTERS_TEXT = [
  'Meta denies exclusive deal',
  '"This is not an exclusive agreement," Meta spokesman Ben McConaghy said.',
  'Minister Aida Balaeva said the text was agreed with the Hong Kong office.',
].join('\n\n');

/** A valid pack with one disputed claim, `exclusive-access`. */
export const MINI_PACK: Pack = {
  format: 'counterpoint-pack/1',
  id: 'mini',
  title: 'Mini story',
  description: 'Fixture',
  topic: {
    groups: [{ id: 'facebook', label: 'Facebook', weight: 1, terms: ['facebook', 'meta'] }],
    required: ['facebook'],
    threshold: 1,
  },
  documents: [
    {
      id: 'kazinform',
      title: 'Kazakhstan gets access to Facebook content reporting system',
      outlet: 'Kazinform',
      date: '2021-11-01',
      language: 'en',
      kind: 'press-release',
      seedFile: 'fixture.txt',
      url: 'https://www.inform.kz/en/example',
      text: KAZINFORM_TEXT,
    },
    {
      id: 'reuters',
      title: 'Meta denies exclusive deal',
      outlet: 'Reuters',
      author: 'A. Reporter',
      date: '2021-11',
      dateNote: 'Early November, from the text',
      language: 'en',
      kind: 'news-report',
      seedFile: 'fixture2.txt',
      text: REUTERS_TEXT,
    },
  ],
  speakers: [
    {
      id: 'kazakh-ministry',
      name: 'Ministry of Information',
      role: 'Press service',
      organisation: 'Government of Kazakhstan',
      aliases: [],
    },
    { id: 'ben-mcconaghy', name: 'Ben McConaghy', role: 'Spokesman', organisation: 'Meta', aliases: ['McConaghy'] },
    {
      id: 'aida-balaeva',
      name: 'Aida Balaeva',
      role: 'Minister',
      organisation: 'Ministry of Information',
      aliases: [],
    },
  ],
  statements: [
    {
      id: 'ministry-exclusive',
      speaker: 'kazakh-ministry',
      document: 'kazinform',
      date: '2021-11-01',
      kind: 'reported-statement',
      quote: { exact: 'direct and exclusive access', prefix: 'Kazakhstan ', suffix: ' to its' },
    },
    {
      id: 'meta-not-exclusive',
      speaker: 'ben-mcconaghy',
      document: 'reuters',
      date: '2021-11-02',
      kind: 'direct-quote',
      quote: { exact: 'This is not an exclusive agreement,', prefix: '"', suffix: '" Meta' },
    },
    {
      id: 'balaeva-hong-kong',
      speaker: 'aida-balaeva',
      document: 'reuters',
      date: '2021-11',
      kind: 'reported-statement',
      quote: { exact: 'the text was agreed with the Hong Kong office', prefix: 'said ', suffix: '.' },
    },
  ],
  claims: [
    {
      id: 'exclusive-access',
      summary: 'Facebook gave Kazakhstan exclusive access',
      patterns: [{ id: 'p1', lang: 'en', match: 'exclusive access' }],
      statements: [
        { statement: 'ministry-exclusive', stance: 'supports', why: 'The ministry announced it.' },
        { statement: 'meta-not-exclusive', stance: 'contradicts', why: 'Meta denies exclusivity.' },
        { statement: 'balaeva-hong-kong', stance: 'context', why: 'Says Meta agreed the text.' },
      ],
    },
  ],
  timeline: [
    {
      id: 'announcement',
      date: '2021-11-01',
      summary: 'Ministry announces access',
      statements: ['ministry-exclusive'],
    },
    { id: 'training', date: '2021-10-28', summary: 'Training for ministry staff', statements: [] },
  ],
};
