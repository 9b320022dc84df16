// While the SVG is drawn, each round polygon (the actions' round-triangle) begins its own path,
// as Cytoscape's other shapes do; a Path2D, which has no beginPath, is drawn into as before; the
// renderer is the same once the export is done, even if drawing failed.
import { describe, expect, it } from 'vitest';
import { withOwnRoundPolygonPaths, type RoundPolygonRenderer } from '../../src/view/graphSvg';

/** A renderer whose round polygon adds one corner to the open path, like Cytoscape's. */
function recordingRenderer(): RoundPolygonRenderer {
  return {
    drawRoundPolygonPath(target) {
      (target as { calls: string[] }).calls.push('corner');
    },
  };
}

/** A canvas2svg-like context: each beginPath starts a new path element. */
function recordingContext() {
  const calls: string[] = [];
  return { calls, beginPath: () => calls.push('beginPath') };
}

describe('withOwnRoundPolygonPaths', () => {
  it('begins a new path before each round polygon while drawing', () => {
    const renderer = recordingRenderer();
    const context = recordingContext();
    withOwnRoundPolygonPaths(renderer, () => {
      renderer.drawRoundPolygonPath(context);
      renderer.drawRoundPolygonPath(context);
    });
    expect(context.calls).toEqual(['beginPath', 'corner', 'beginPath', 'corner']);
  });

  it('draws into a Path2D-like target as before', () => {
    const renderer = recordingRenderer();
    const path: { calls: string[]; beginPath?: () => void } = { calls: [] };
    withOwnRoundPolygonPaths(renderer, () => renderer.drawRoundPolygonPath(path));
    expect(path.calls).toEqual(['corner']);
  });

  it('returns what was drawn and restores the renderer, also after a failure', () => {
    const renderer = recordingRenderer();
    const original = renderer.drawRoundPolygonPath;
    expect(withOwnRoundPolygonPaths(renderer, () => '<svg/>')).toBe('<svg/>');
    expect(renderer.drawRoundPolygonPath).toBe(original);
    expect(() =>
      withOwnRoundPolygonPaths(renderer, () => {
        throw new Error('no canvas');
      }),
    ).toThrow('no canvas');
    expect(renderer.drawRoundPolygonPath).toBe(original);
  });
});
