// @vitest-environment jsdom
// The time strip's controls: the year sliders are real sliders (arrow keys a year, Page Up/Down
// five, kept in order), the timeline and its list name and focus dated nodes in date order, and
// "What changed" gives each appearance its date and quote.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState';
import { ChangesList } from '../../../src/ui/time/ChangesList';
import { TimelineList } from '../../../src/ui/time/TimelineList';
import { TimelineStrip } from '../../../src/ui/time/TimelineStrip';
import { YearRange } from '../../../src/ui/time/YearRange';
import { periodWords } from '../../../src/ui/time/PeriodAnnouncer';
import { realGraph } from '../../fixtures/realGraph';
import { actSpy } from '../../helpers/actSpy';

const span = [2001, 2027] as const;
const DATED = realGraph().filterNodes((_k, a) => Boolean(a.date ?? a.start ?? a.end)).length;

describe('YearRange', () => {
  it('is two labelled sliders over the data’s years', () => {
    render(<YearRange period={[2004, 2010]} span={span} act={actSpy().act} />);
    const from = screen.getByRole('slider', { name: 'From year' });
    const to = screen.getByRole('slider', { name: 'To year' });
    expect(from).toHaveAttribute('min', '2001');
    expect(from).toHaveAttribute('max', '2027');
    expect(from).toHaveValue('2004');
    expect(to).toHaveValue('2010');
  });

  it('moves five years with Page Up and Page Down, never past the other thumb', () => {
    const spy = actSpy({ ...DEFAULT_VIEW_STATE, period: [2004, 2010] });
    render(<YearRange period={[2004, 2010]} span={span} act={spy.act} />);
    fireEvent.keyDown(screen.getByRole('slider', { name: 'From year' }), { key: 'PageUp' });
    expect(spy.update).toHaveBeenLastCalledWith({ period: [2009, 2010] }, { replace: true });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'To year' }), { key: 'PageDown' });
    expect(spy.update).toHaveBeenLastCalledWith({ period: [2004, 2005] }, { replace: true });
    fireEvent.keyDown(screen.getByRole('slider', { name: 'To year' }), { key: 'PageUp' });
    expect(spy.update).toHaveBeenLastCalledWith({ period: [2004, 2015] }, { replace: true });
  });

  it('moves a year with the arrow keys (a change of the input), kept in order', () => {
    const spy = actSpy({ ...DEFAULT_VIEW_STATE, period: [2004, 2010] });
    render(<YearRange period={[2004, 2010]} span={span} act={spy.act} />);
    fireEvent.change(screen.getByRole('slider', { name: 'To year' }), {
      target: { value: '2011' },
    });
    expect(spy.update).toHaveBeenLastCalledWith({ period: [2004, 2011] }, { replace: true });
    fireEvent.change(screen.getByRole('slider', { name: 'From year' }), {
      target: { value: '2020' },
    });
    expect(spy.update).toHaveBeenLastCalledWith({ period: [2010, 2010] }, { replace: true });
  });

  it('clears the period with All years, disabled when all years show', async () => {
    const spy = actSpy({ ...DEFAULT_VIEW_STATE, period: [2004, 2010] });
    const { rerender } = render(<YearRange period={[2004, 2010]} span={span} act={spy.act} />);
    await userEvent.click(screen.getByRole('button', { name: 'All years' }));
    expect(spy.update).toHaveBeenLastCalledWith({ period: null });
    rerender(<YearRange period={null} span={span} act={spy.act} />);
    expect(screen.getByRole('button', { name: 'All years' })).toBeDisabled();
    expect(screen.getByRole('slider', { name: 'To year' })).toHaveValue('2027');
  });
});

describe('the timeline and its list', () => {
  const graph = realGraph();

  it('lists every dated node in date order, following the legend filter', async () => {
    const spy = actSpy();
    const { rerender } = render(<TimelineList graph={graph} hidden={[]} act={spy.act} />);
    const list = screen.getByRole('list', { name: 'Dated nodes in date order' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBe(DATED);
    expect(items[0]).toHaveTextContent('2001');
    await userEvent.click(
      within(list).getByRole('button', { name: 'ASEAN-Japan Counter-Terrorism (AJCT) Dialogue' }),
    );
    expect(spy.update).toHaveBeenLastCalledWith({ node: 'forum:ajct-dialogue' });
    rerender(<TimelineList graph={graph} hidden={['event']} act={spy.act} />);
    expect(within(list).getAllByRole('listitem').length).toBe(DATED - 24);
  });

  it('names each mark, moves between them by arrow keys and focuses one with Enter', async () => {
    const spy = actSpy();
    render(
      <TimelineStrip
        graph={graph}
        hidden={[]}
        period={[2004, 2010]}
        span={span}
        focused={null}
        act={spy.act}
      />,
    );
    const marks = within(screen.getByRole('group', { name: /^Timeline:/ })).getAllByRole('button');
    expect(marks.length).toBe(DATED);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(marks[0]).toHaveAccessibleName(/2001$/);
    marks[0]?.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(marks[1]);
    await userEvent.keyboard('{End}{Enter}');
    expect(document.activeElement).toBe(marks[DATED - 1]);
    expect(spy.update).toHaveBeenCalledTimes(1);
  });

  it('zooms in to months about the mark with +, and back to all years with 0', async () => {
    render(
      <TimelineStrip
        graph={graph}
        hidden={[]}
        period={null}
        span={span}
        focused={null}
        act={actSpy().act}
      />,
    );
    const scale = document.querySelector('.timeline__scale');
    expect(scale).toHaveTextContent('2001 – 2027, by years');
    const mark = screen.getByRole('button', { name: /^11th SOMTC\+Japan meeting \(2014\)/ });
    mark.focus();
    await userEvent.keyboard('++++');
    expect(scale).toHaveTextContent(/^\w{3} 201[34] – \w{3} 201[45], by months$/);
    expect(scale?.getAttribute('data-unit')).toBe('month');
    expect(document.activeElement).toBe(mark);
    await userEvent.keyboard('0');
    expect(scale).toHaveTextContent('2001 – 2027, by years');
    await userEvent.click(screen.getByRole('button', { name: 'Zoom timeline in' }));
    expect(scale).not.toHaveTextContent('2001 – 2027');
  });

  it('says the period and how many nodes existed', () => {
    expect(periodWords(graph, null)).toBe(`All years: ${graph.order} nodes.`);
    expect(periodWords(graph, [2010, 2010])).toMatch(/^2010: \d+ of 124 nodes existed\.$/);
    expect(periodWords(graph, [2004, 2010])).toMatch(/^2004 to 2010: /);
  });
});

describe('ChangesList', () => {
  it('gives what appeared between two years with its date and the quote that dates it', () => {
    render(
      <ChangesList graph={realGraph()} after={2013} upTo={2014} hidden={[]} act={actSpy().act} />,
    );
    const region = screen.getByRole('region', { name: 'What changed between 2013 and 2014' });
    expect(
      within(region).getByRole('button', { name: /Transnational Crime \(2014\)/ }),
    ).toBeVisible();
    expect(region).toHaveTextContent('November 2014');
    expect(region.querySelector('blockquote cite')).toHaveTextContent(/§/);
    expect(within(region).getByText(/Ended \(0\)/)).toBeVisible();
  });
});
