// @vitest-environment jsdom
// The Details panel: heading, facts, quoted sources, neighbours that move the focus, the intro.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/state/viewState';
import { DetailsPanel } from '../../src/ui/panels/DetailsPanel';
import { fixtureGraph } from '../search/fixture';
import { NO_ANSWERS } from '../../src/state/answers';
import { actSpy } from '../helpers/actSpy';
import { realGraph } from '../fixtures/realGraph';

const graph = fixtureGraph();
const sources = {
  'joint-declaration-2014':
    '---\ntitle: The Joint Declaration\n---\n<!-- § 5 -->\nReCAAP Information Sharing Centre\n',
};

function setup(node: string | null) {
  const state: ViewState = { ...DEFAULT_VIEW_STATE, node };
  const { act, update } = actSpy(state);
  const view = render(
    <DetailsPanel graph={graph} sources={sources} state={state} answers={NO_ANSWERS} act={act} />,
  );
  const region = screen.getByRole('region', { name: 'Details' });
  return { update, region, view, user: userEvent.setup() };
}

/** The panel on data/graph.json, focused on `node`. */
function renderOnRealData(node: string) {
  const state = { ...DEFAULT_VIEW_STATE, node };
  render(
    <DetailsPanel
      graph={realGraph()}
      sources={{}}
      state={state}
      answers={NO_ANSWERS}
      act={actSpy(state).act}
    />,
  );
}

describe('DetailsPanel', () => {
  it('names the focused node in its heading, with kind, aliases, dates and link', () => {
    const { region } = setup('declaration:recaap');
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Regional Cooperation Agreement on Combating Piracy and Armed Robbery against Ships in Asia',
    );
    expect(region).toHaveTextContent('Declaration or plan');
    expect(region).toHaveTextContent('Also: ReCAAP');
    expect(region).toHaveTextContent('Since 2006');
    expect(within(region).getByRole('link', { name: /recaap\.org/ })).toHaveAttribute(
      'href',
      'https://www.recaap.org/',
    );
  });

  it('quotes every source with its document title and section, and opens it in the Sources pane', async () => {
    const { region, update, user } = setup('declaration:recaap');
    const quote = region.querySelector('blockquote');
    expect(quote).toHaveTextContent('ReCAAP Information Sharing Centre');
    expect(region.querySelector('cite')).toHaveTextContent('The Joint Declaration');
    expect(region).toHaveTextContent('§ 5');
    await user.click(
      within(region).getByRole('button', { name: 'Show in source: § 5 of joint-declaration-2014' }),
    );
    expect(update).toHaveBeenCalledWith({
      panel: 'sources',
      doc: 'joint-declaration-2014',
      passage: '5',
    });
  });

  it('lists neighbours grouped by relation, worded by direction', () => {
    const { region, view } = setup('area:sea-piracy');
    const coveredBy = within(region).getByRole('list', { name: 'Covered by' });
    expect(
      within(coveredBy).getByRole('button', { name: /^Regional Cooperation Agreement/ }),
    ).toBeInTheDocument();
    const addressedBy = within(region).getByRole('list', { name: 'Addressed by' });
    expect(
      within(addressedBy).getByRole('button', { name: /^ASEAN-Japan Joint Declaration/ }),
    ).toBeInTheDocument();
    view.unmount();
    const recaap = setup('declaration:recaap').region;
    expect(within(recaap).getByRole('list', { name: 'Covers' })).toHaveTextContent('Sea Piracy');
    expect(within(recaap).getByRole('list', { name: 'Mentioned by' })).toBeInTheDocument();
  });

  it('moves the focus when a neighbour is chosen from the keyboard', async () => {
    const { region, update, user } = setup('declaration:recaap');
    const button = within(region).getByRole('button', { name: /Sea Piracy/ });
    button.focus();
    await user.keyboard('{Enter}');
    expect(update).toHaveBeenCalledWith({ node: 'area:sea-piracy' });
  });

  it('tells why a neighbour is linked: the edge quote behind a disclosure', async () => {
    const { region, user } = setup('area:sea-piracy');
    const coveredBy = within(region).getByRole('list', { name: 'Covered by' });
    const why = coveredBy.querySelector('summary');
    if (!why) throw new Error('no source disclosure');
    expect(why).toHaveTextContent('source of “Covered by Regional Cooperation Agreement');
    expect(why.closest('details')).not.toHaveAttribute('open');
    await user.click(why);
    expect(why.closest('details')).toHaveAttribute('open');
    expect(why.closest('details')?.querySelector('blockquote')).toHaveTextContent('cooperation');
  });

  it('shows the uncertainty mark', () => {
    const { region } = setup('declaration:actip');
    expect(region).toHaveTextContent(/Uncertain/);
  });

  it('introduces the explorer with counts per kind when nothing is focused', () => {
    const { region } = setup(null);
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Explore the map');
    expect(region).toHaveTextContent('Crime areas: 5');
    expect(region).toHaveTextContent(`${graph.order} nodes`);
  });

  it('offers the crime areas as starting points', async () => {
    const { region, update, user } = setup(null);
    const start = within(region).getByRole('list', { name: 'Start from a crime area' });
    expect(within(start).getAllByRole('button')).toHaveLength(5);
    await user.click(within(start).getByRole('button', { name: 'Sea Piracy' }));
    expect(update).toHaveBeenCalledWith({ node: 'area:sea-piracy' });
  });

  it('says which links are inferred, and how, apart from the stated ones', async () => {
    renderOnRealData('action:8.1-iii');
    const project = screen.getByRole('button', {
      name: /ASEAN Cyber Capacity Development Project/,
    });
    expect(project).toHaveTextContent('(inferred)');
    const area = screen.getByRole('button', { name: /^Cybercrime \(Crime area\)/ });
    expect(area).not.toHaveTextContent('(inferred)');
    const why = project.closest('li')?.querySelector('.details-inferred');
    expect(why).toHaveTextContent(/^Inferred: No source says that ASEAN Cyber Capacity/);
  });

  it('names the city a source gives for a meeting, beside the country it lies in', () => {
    renderOnRealData('event:ajct-3');
    const country = screen.getByRole('button', { name: /^Lao PDR \(Country\)/ });
    expect(country).toHaveTextContent('in Luang Prabang');
    expect(country).toHaveTextContent('(inferred)');
  });
});
