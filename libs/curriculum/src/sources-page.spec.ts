import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultContentDir } from './content-dir.js';
import { loadCurriculum } from './load-curriculum.js';
import { sourcesPage } from './sources-page.js';

const PAGE = fileURLToPath(new URL('../../../docs/curriculum-sources.md', import.meta.url));

describe('docs/curriculum-sources.md', () => {
  it('is what the curriculum files say now', () => {
    const page = sourcesPage(loadCurriculum(defaultContentDir()));
    if (process.env['UPDATE_SOURCES_PAGE'] === '1') writeFileSync(PAGE, page);
    expect(readFileSync(PAGE, 'utf8')).toBe(page);
  });
});
