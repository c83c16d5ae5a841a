import {
  KNOWN_PLACEHOLDERS,
  patternProblems,
  placeholdersIn,
  renderPattern,
} from '../../../src/domain';

describe('renderPattern', () => {
  it('replaces placeholders with their values', () => {
    expect(
      renderPattern('{{service.name}}: {{ service.primaryFunction }}', {
        'service.name': 'Orders',
        'service.primaryFunction': 'Places orders',
      }),
    ).toBe('Orders: Places orders');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(renderPattern('Hello {{nobody}}', {})).toBe('Hello {{nobody}}');
  });

  it('does not expand placeholders inside the values it inserts', () => {
    expect(
      renderPattern('{{feature.title}}', {
        'feature.title': '{{service.name}}',
        'service.name': 'x',
      }),
    ).toBe('{{service.name}}');
  });
});

describe('placeholdersIn', () => {
  it('lists each placeholder once, in order of first use', () => {
    expect(placeholdersIn('{{b}} {{a}} {{b}}')).toEqual(['b', 'a']);
  });
});

describe('patternProblems', () => {
  it('accepts every known placeholder in the scope that provides it', () => {
    const problems = KNOWN_PLACEHOLDERS.flatMap((info) =>
      patternProblems(`{{${info.name}}}`, info.scope),
    );
    expect(problems).toEqual([]);
  });

  it('rejects an unknown placeholder', () => {
    expect(patternProblems('{{service.owner}}', 'service')).toEqual([
      'Unknown placeholder {{service.owner}}',
    ]);
  });

  it('rejects a service placeholder at the feature level', () => {
    expect(patternProblems('{{service.name}}', 'feature')).toEqual([
      '{{service.name}} is only available in service-level items',
    ]);
  });

  it('rejects unbalanced braces', () => {
    expect(patternProblems('{{feature.title}', 'feature')).toEqual([
      'Unbalanced "{{" or "}}" in the pattern',
    ]);
  });
});
