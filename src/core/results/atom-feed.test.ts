import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { atomFeed, type AtomEntry } from './atom-feed';

/** The element paths of a document, parsed by a conforming XML parser (throws if it is not well formed). */
function elements(xml: string): { paths: string[]; texts: Map<string, string[]> } {
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  const paths: string[] = [];
  const texts = new Map<string, string[]>();
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    expect(tag.uri).toBe('http://www.w3.org/2005/Atom');
    stack.push(tag.local);
    paths.push(stack.join('/'));
  });
  parser.on('text', (t) => {
    const key = stack.join('/');
    if (t.trim()) texts.set(key, [...(texts.get(key) ?? []), t]);
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  return { paths, texts };
}

const entry: AtomEntry = {
  id: 'tag:example.org,2026:research-result/1/v1',
  title: 'Dexamethasone <in> "hospitalised" & ventilated patients',
  url: 'https://example.org/research/results/1',
  published: '2026-12-01T10:00:00.000Z',
  updated: '2026-12-01T10:00:00.000Z',
  authors: ['RECOVERY Collaborative Group'],
  summary: 'Mortality\u0007 lower; 糖皮质激素',
  categories: ['trial-result', 'corticosteroids'],
};
const meta = { id: 'tag:example.org,2026:research-results', title: 'New results', selfUrl: 'https://example.org/api/research/results/feed.atom', alternateUrl: 'https://example.org/research/results', updated: '2026-12-01T10:00:00.000Z' };

describe('atomFeed', () => {
  it('is well formed Atom with the elements RFC 4287 requires, whatever the text holds', () => {
    const { paths, texts } = elements(atomFeed(meta, [entry, { ...entry, id: `${entry.id}x`, authors: [] }]));
    for (const required of ['feed/id', 'feed/title', 'feed/updated', 'feed/link', 'feed/entry/id', 'feed/entry/title', 'feed/entry/updated', 'feed/entry/author/name', 'feed/entry/summary']) {
      expect(paths, required).toContain(required);
    }
    expect(paths.filter((p) => p === 'feed/entry')).toHaveLength(2);
    expect(texts.get('feed/entry/title')![0]).toBe(entry.title);
    expect(texts.get('feed/entry/summary')![0]).toBe('Mortality lower; 糖皮质激素'); // the bell character dropped
    expect(texts.get('feed/entry/author/name')).toEqual(['RECOVERY Collaborative Group', 'Unknown']);
  });

  it('is a valid empty feed when nothing is new', () => {
    const { paths } = elements(atomFeed(meta, []));
    expect(paths).not.toContain('feed/entry');
    expect(paths).toContain('feed/updated');
  });
});
