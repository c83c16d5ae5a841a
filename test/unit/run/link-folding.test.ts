import {
  existingLinkPairs,
  findLinkType,
  issueLinkRequest,
  linkPairKey,
} from '../../../src/run/decide/link-folding';

const TYPES = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

describe('links', () => {
  it('finds the link type by system name, case-insensitively, or by its outward description when renamed', () => {
    expect(findLinkType(TYPES, 'blocks')?.id).toBe('10000');
    expect(
      findLinkType(
        [{ id: '7', name: 'Abhängigkeit', inward: 'is blocked by', outward: 'blocks' }],
        'blocks',
      )?.id,
    ).toBe('7');
  });

  // Jira Cloud's POST /issueLink shows the outward description on `inwardIssue`: for "A blocks B"
  // A goes in `inwardIssue` (see link-folding.ts).
  it('posts "A blocks B" with A as inwardIssue', () => {
    expect(issueLinkRequest(TYPES[0]!, 'SHOP-1', 'SHOP-2')).toEqual({
      type: { id: '10000' },
      inwardIssue: { key: 'SHOP-1' },
      outwardIssue: { key: 'SHOP-2' },
    });
  });

  it("reads an issue's links from both sides as the same from→to pairs", () => {
    const onBlocker = existingLinkPairs('SHOP-1', [
      { type: { id: '10000' }, outwardIssue: { key: 'SHOP-2' } },
    ]);
    const onBlocked = existingLinkPairs('SHOP-2', [
      { type: { id: '10000' }, inwardIssue: { key: 'SHOP-1' } },
    ]);
    expect(onBlocker).toEqual([linkPairKey('10000', 'SHOP-1', 'SHOP-2')]);
    expect(onBlocked).toEqual(onBlocker);
  });
});
