// @vitest-environment jsdom
// The open flow: a file that fails lists its problems and never hands over a dataset (the one
// shown stays); a foreign file stops at the mapping; a good bundle is handed over. The worker
// is stood in for by the same checks run in the test.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { checkFiles, inspectFiles } from '../../../src/io/open/checkFiles';
import type { Dataset } from '../../../src/model/datasetBundle';
import { useOpenFlow } from '../../../src/ui/dataset/useOpenFlow';
import { fixtureText } from '../../io/open/openHelpers';

vi.mock('../../../src/io/open/runDatasetWorker', () => ({
  inspectInWorker: (files: Parameters<typeof inspectFiles>[0]) =>
    Promise.resolve(inspectFiles(files)),
  checkInWorker: (...args: Parameters<typeof checkFiles>) => Promise.resolve(checkFiles(...args)),
}));

const file = (name: string, text: string) => new File([text], name);

describe('useOpenFlow', () => {
  it('lists the problems of a broken file and hands nothing over', async () => {
    const onOpened = vi.fn<(d: Dataset) => void>();
    const { result } = renderHook(() => useOpenFlow(onOpened));
    act(() => result.current.open([file('bad.gexf', '<gexf><graph>')]));
    await waitFor(() => expect(result.current.flow.step).toBe('problems'));
    const flow = result.current.flow;
    expect(flow.step === 'problems' && flow.problems[0]?.message).toMatch(/^bad\.gexf/);
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('stops at the mapping for a GEXF, then hands over the checked dataset', async () => {
    const onOpened = vi.fn<(d: Dataset) => void>();
    const { result } = renderHook(() => useOpenFlow(onOpened));
    act(() => result.current.open([file('gephi.gexf', fixtureText('gephi.gexf'))]));
    await waitFor(() => expect(result.current.flow.step).toBe('mapping'));
    const flow = result.current.flow;
    if (flow.step !== 'mapping') return;
    act(() => result.current.check(flow.mapping));
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    const dataset = onOpened.mock.calls[0]?.[0];
    expect(dataset?.graph.order).toBe(4);
    expect(dataset?.graph.getNodeAttribute('n0', 'kind')).toBe('area');
    expect(result.current.flow.step).toBe('idle');
  });

  it('a mapping that fails goes back to the columns chosen', async () => {
    const onOpened = vi.fn<(d: Dataset) => void>();
    const { result } = renderHook(() => useOpenFlow(onOpened));
    act(() => result.current.open([file('n.csv', 'id,label\r\na,A\r\n')]));
    await waitFor(() => expect(result.current.flow.step).toBe('mapping'));
    const flow = result.current.flow;
    if (flow.step !== 'mapping') return;
    const mapping = { ...flow.mapping, node: { ...flow.mapping.node, label: null } };
    act(() => result.current.check(mapping));
    await waitFor(() => expect(result.current.flow.step).toBe('problems'));
    act(() => result.current.back());
    const back = result.current.flow;
    expect(back.step === 'mapping' && back.mapping.node.label).toBeNull();
    expect(onOpened).not.toHaveBeenCalled();
  });
});
