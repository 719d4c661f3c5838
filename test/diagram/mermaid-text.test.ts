import { describe, expect, it } from 'vitest';
import { createIdMinter, escapeLabelText, mermaidLabel } from '../../src/diagram/mermaid-text.js';

describe('Mermaid text helpers', () => {
  it('escapes every character that would end a label or read as markup', () => {
    expect(escapeLabelText('say "hi" #1 <b> & `x` {y} [z] |w| \\')).toBe(
      'say #34;hi#34; #35;1 #60;b#62; #38; #96;x#96; #123;y#125; #91;z#93; #124;w#124; #92;',
    );
    expect(escapeLabelText('two\nlines\t and  spaces')).toBe('two lines and spaces');
  });

  it('quotes labels and joins their lines with <br/>', () => {
    expect(mermaidLabel(['NLB svc-nlb · active', 'cross-zone "on"'])).toBe('"NLB svc-nlb · active<br/>cross-zone #34;on#34;"');
  });

  it('mints plain, stable, unique ids', () => {
    const id = createIdMinter();
    expect(id('vpc', 'vpc-0a1b')).toBe('vpc_vpc_0a1b');
    expect(id('vpc', 'vpc-0a1b')).toBe('vpc_vpc_0a1b');
    // another key that sanitizes alike gets a suffix, and keeps it
    expect(id('vpc', 'vpc_0a1b')).toBe('vpc_vpc_0a1b_2');
    expect(id('vpc', 'vpc_0a1b')).toBe('vpc_vpc_0a1b_2');
    expect(id('tg', '10.0.1.10:8080 "end"')).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  });
});
