import { describe, expect, it } from 'vitest';
import { UnreadForms } from '../../src/align/unread-forms.js';
import type { Sentence } from '../../src/types.js';

function read(text: string): { values: number[]; months: number[] } {
  const sentence: Sentence = { index: 0, offset: 0, length: text.length, text };
  const found = new UnreadForms([sentence]).at(0);
  return { values: [...(found?.values ?? [])].sort((a, b) => a - b), months: [...(found?.months ?? [])] };
}

describe('values stated in forms that PDF text mangles', () => {
  it.each([
    ['We identified185 genes in the6CRCcellines.', [6, 185], []],
    ['Results Ninecovered stents were implanted.', [9], []],
    ['Results Sven geographic factors were found.', [7], []],
    ['Results Sixten cases were subcapital.', [16], []],
    ['the lag time is close toOday.', [0], []],
    ['the band within O-35HZ was used.', [0, 35], []],
    ['a scoreof Oin 6 patients.', [0], []],
    ['displayed the fifth-andsixth-levelbranches andthethird-andfourth-order ones.', [3, 4, 5, 6], []],
    ['the pattern inJanuarywas different.', [], [1]],
    ['from 2014toFebruary2016 we enrolled.', [2016], [2]],
    // A slip is a whole run of letters, in any case, whatever stands around it.
    ['SIXTEN(Sven)9eigt', [7, 8, 9, 16], []],
  ])('%s', (text, values, months) => {
    expect(read(text)).toEqual({ values, months });
  });

  it.each([
    // Words that begin with a number word, and number words themselves.
    'The tendon was often oneself fourteen times fourfold.',
    // Words one letter short of a number word: even, seen, tree, thee.
    'We have seen even a phylogenetic tree.',
    // Month names that are words, or a month not glued.
    'Maybe a Novel Marker appeared in January.',
    // One ordinal word before a hyphen is a rank, not one end of a range.
    'A first-line and second-generation drug.',
    // A slip inside a longer run of letters, or glued to an underscore's word.
    'Svens and xsven were unsven.',
    // A capital O that starts a word.
    'Of the patients, Over half were On treatment.',
  ])('reads nothing in %s', (text) => {
    expect(read(text)).toEqual({ values: [], months: [] });
  });
});
