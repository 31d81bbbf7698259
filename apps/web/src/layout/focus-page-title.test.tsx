import { afterEach, describe, expect, it } from 'vitest';
import { focusPageTitleWhenShown } from './focus-page-title';

/** Lets the animation frame and the DOM watcher run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function heading(): HTMLHeadingElement {
  const h1 = document.createElement('h1');
  h1.id = 'page-title';
  h1.tabIndex = -1;
  h1.textContent = 'Safety check';
  return h1;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('focusPageTitleWhenShown', () => {
  it('focuses a heading that is there already', async () => {
    const h1 = document.body.appendChild(heading());
    focusPageTitleWhenShown();
    await settle();
    expect(document.activeElement).toBe(h1);
  });

  it('waits for the heading of a page still loading its data', async () => {
    const main = document.body.appendChild(document.createElement('main'));
    focusPageTitleWhenShown();
    await settle();
    expect(document.activeElement).toBe(document.body);
    const h1 = main.appendChild(heading());
    await settle();
    expect(document.activeElement).toBe(h1);
  });

  it('leaves focus where the reader moved it meanwhile', async () => {
    const main = document.body.appendChild(document.createElement('main'));
    const search = main.appendChild(document.createElement('input'));
    focusPageTitleWhenShown();
    search.focus();
    main.appendChild(heading());
    await settle();
    expect(document.activeElement).toBe(search);
  });

  it('moves focus from the header link that was followed', async () => {
    const link = document.body.appendChild(document.createElement('a'));
    link.href = '/transcript';
    link.focus();
    focusPageTitleWhenShown();
    const h1 = document.body.appendChild(heading());
    await settle();
    expect(document.activeElement).toBe(h1);
  });

  it('stops watching when told (the reader navigated again) or after the wait', async () => {
    const stop = focusPageTitleWhenShown();
    stop();
    const h1 = document.body.appendChild(heading());
    await settle();
    expect(document.activeElement).not.toBe(h1);

    h1.remove();
    focusPageTitleWhenShown(document, 10);
    await settle();
    const late = document.body.appendChild(heading());
    await settle();
    expect(document.activeElement).not.toBe(late);
  });
});
