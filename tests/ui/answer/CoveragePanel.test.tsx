// @vitest-environment jsdom
// The Coverage panel on the real data: one click on an area lists its forums with reasons and
// path chips; chips focus nodes; a forum gives its areas; a wrong node gets words, not a crash.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ViewState } from '../../../src/state/viewState';
import { CoveragePanel } from '../../../src/ui/panels/CoveragePanel';
import type { GraphHandle } from '../../../src/view/graphHandle';
import { realGraph } from '../../fixtures/realGraph';
import { renderAnswerPanel } from './renderAnswerPanel';

const graph = realGraph();

/** The items of the forums list (the first list of the answer). */
const forumItems = () => [...(document.querySelector('.coverage-list')?.children ?? [])];

const renderPanel = (patch: Partial<ViewState>, handle: GraphHandle | null = null) =>
  renderAnswerPanel(CoveragePanel, graph, { panel: 'coverage', ...patch }, handle);

describe('CoveragePanel', () => {
  it('offers the eight crime areas as buttons and picks one in one click', async () => {
    const update = renderPanel({});
    const group = screen.getByRole('group', { name: 'Crime areas' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(8);
    await userEvent.click(within(group).getByRole('button', { name: 'Sea Piracy' }));
    expect(update).toHaveBeenCalledWith({ coverage: 'area:sea-piracy' });
  });

  it('lists the forums of cybercrime, most direct first, with a reason and path chips', async () => {
    const update = renderPanel({ coverage: 'area:cybercrime' });
    expect(screen.getByRole('heading', { name: 'Forums covering Cybercrime' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cybercrime', pressed: true })).toBeInTheDocument();
    const items = forumItems();
    expect(items).toHaveLength(5);
    const first = items[0] as HTMLElement;
    expect(first).toHaveTextContent('ASEAN-Japan Cybercrime (AJCC) Dialogue');
    expect(first).toHaveTextContent('Direct');
    const g8 = [...items].find(
      (li) => li.querySelector('.coverage-name')?.textContent === 'G8 24/7 Network',
    ) as HTMLElement;
    expect(g8).toHaveTextContent(
      'Cybercrime has the line of action 8.1(ii), which is pursued through G8 24/7 Network.',
    );
    expect(g8).toHaveTextContent('Through an action');
    const chips = within(g8).getByRole('list', { name: /which is pursued through G8/ });
    await userEvent.click(within(chips).getByRole('button', { name: /^8\.1\(ii\)/ }));
    expect(update).toHaveBeenCalledWith({ node: 'action:8.1-ii' });
    await userEvent.click(within(g8).getByText(/^Evidence: /));
    await userEvent.click(
      within(g8).getAllByRole('button', { name: /Show in source: § 8\.1\(ii\)/ })[0] as HTMLElement,
    );
    expect(update).toHaveBeenCalledWith({
      panel: 'sources',
      doc: 'joint-declaration-2014',
      passage: '8.1(ii)',
    });
  });

  it('leads on to the projects and organizations of the area in the matrix', async () => {
    // A forum cell picked earlier: it is not a cell of the projects' matrix.
    const update = renderPanel({
      coverage: 'area:cybercrime',
      cell: ['area:cybercrime', 'forum:g8-24-7-network'],
    });
    await userEvent.click(screen.getByRole('button', { name: /^\d+ projects$/ }));
    expect(update).toHaveBeenCalledWith({ panel: 'matrix', matrix: 'project', cell: null });
  });

  it('reaches the AJCT Dialogue through the AJCT-12 project as well, behind "more paths"', () => {
    renderPanel({ coverage: 'area:terrorism' });
    const list = screen.getByRole('list', {
      name: 'More paths to ASEAN-Japan Counter-Terrorism (AJCT) Dialogue',
    });
    expect(list).toHaveTextContent('Through a project or meeting');
    expect(list).toHaveTextContent('12th AJCT Dialogue');
  });

  it('says so when no forum covers an area, counting the documents read', () => {
    renderPanel({ coverage: 'area:money-laundering' });
    expect(
      screen.getByText(/^No forum is linked to Money Laundering in these 0 documents/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^No agreement or instrument is linked to Money Laundering/),
    ).toBeInTheDocument();
  });

  it('names ReCAAP and its standing body among the mechanisms of sea piracy', async () => {
    const update = renderPanel({ coverage: 'area:sea-piracy' });
    expect(
      screen.getByRole('heading', { name: 'Agreements and instruments covering Sea Piracy' }),
    ).toBeInTheDocument();
    const instruments = [...document.querySelectorAll('.coverage-list')][1] as HTMLElement;
    const [recaap] = within(instruments).getAllByRole('listitem');
    expect(recaap?.querySelector('.coverage-name')).toHaveTextContent(
      'Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia',
    );
    expect(recaap).toHaveTextContent('Standing body: ReCAAP Information Sharing Centre');
    await userEvent.click(
      within(recaap as HTMLElement).getByRole('button', { name: /^ReCAAP Information Sharing/ }),
    );
    expect(update).toHaveBeenCalledWith({ node: 'organization:recaap-isc' });
  });

  it('names the forums no source ties to any area, with what the sources do say of them', () => {
    renderPanel({ coverage: 'area:trafficking-in-persons' });
    const heading = screen.getByRole('heading', {
      name: 'Forums not tied to Trafficking in Persons',
    });
    const list = heading.nextElementSibling?.nextElementSibling as HTMLElement;
    const somtcJapan = within(list)
      .getAllByRole('listitem')
      .find((li) =>
        li.textContent?.startsWith(
          'ASEAN Senior Officials Meeting on Transnational Crime (SOMTC) plus Japan',
        ),
      );
    expect(somtcJapan).toHaveTextContent(
      /reinforced as a channel by ASEAN-Japan Joint Declaration/,
    );
    expect(somtcJapan).toHaveTextContent(/Work Plan .*were adopted in it\.$/);
  });

  it('gives the areas of a forum, read from the forum', () => {
    renderPanel({ coverage: 'forum:g8-24-7-network' });
    expect(
      screen.getByRole('heading', { name: 'Crime areas covered by G8 24/7 Network' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'G8 24/7 Network is the channel for 8.1(ii), which is a line of action under Cybercrime.',
      ),
    ).toBeInTheDocument();
  });

  it('puts a node of the wrong kind into words', () => {
    renderPanel({ coverage: 'country:myanmar' });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'is not a forum or project or organization',
    );
  });
});
