import { conflictSentence } from '../../../static/panel/draft/conflict-sentence';
import { savedAtText } from '../../../static/panel/draft/saved-at-text';

const ME = '5b10a2844c20165700ede21b';
const THEM = '5b10a2844c20165700ede21a';
const savedAt = '2026-11-29T14:02:00.000Z';
const sameDay = new Date('2026-11-29T14:05:00.000Z');

describe('what the conflict banner says', () => {
  it('names who saved, and when', () => {
    expect(
      conflictSentence(
        { currentVersion: 2, savedBy: THEM, savedAt, savedByName: 'Ada Admin' },
        ME,
        new Date(savedAt),
      ),
    ).toBe(
      `Ada Admin saved this draft ${savedAtText(savedAt, new Date(savedAt))} while you were editing.`,
    );
  });

  it('says another person saved when Jira gave no name', () => {
    expect(
      conflictSentence(
        { currentVersion: 2, savedBy: THEM, savedAt, savedByName: null },
        ME,
        new Date(savedAt),
      ),
    ).toBe(
      `Another person saved this draft ${savedAtText(savedAt, new Date(savedAt))} while you were editing.`,
    );
  });

  it('says it was me, in another tab, when my own account saved', () => {
    expect(
      conflictSentence({ currentVersion: 2, savedBy: ME, savedAt, savedByName: null }, ME),
    ).toMatch(/^You saved this draft in another tab or window /);
  });

  it('leaves out the time when nothing recorded it', () => {
    expect(
      conflictSentence({ currentVersion: 2, savedBy: null, savedAt: null, savedByName: null }, ME),
    ).toBe('Another person saved this draft while you were editing.');
  });
});

describe('when a draft was saved', () => {
  it('gives the time alone on the same day, and the day too before', () => {
    const today = savedAtText(savedAt, sameDay, 'en-GB');
    expect(today).toMatch(/^at \d{2}:\d{2}$/);
    const before = savedAtText(savedAt, new Date('2026-12-03T09:00:00.000Z'), 'en-GB');
    expect(before).toMatch(/^on \d{1,2} [A-Z][a-z]+ at \d{2}:\d{2}$/);
  });
});
