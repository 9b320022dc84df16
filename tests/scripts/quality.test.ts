// `npm run quality`: the report on the embedded data and on files opened through the app's reader
// (GEXF, GraphML, a CSV pair, a JSON bundle), as text and JSON, and its exit codes: 0 without
// errors, 1 with (a quote not found, a dangling edge), 2 for a file it cannot read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runQuality } from '../../scripts/qualityCli';
import type { QualityReport } from '../../src/model/qualityReport';

const FIXTURES = 'tests/fixtures/opendata';
const DATA = 'data';

function run(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runQuality(args, DATA, {
    log: (t) => out.push(t),
    error: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dirs: string[] = [];
function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'quality-'));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const countOf = (report: QualityReport, check: string): number | undefined =>
  report.sections.find((s) => s.check === check)?.count;

describe('npm run quality', () => {
  it('reports on the embedded data with no argument: no error, its inferred facts listed', () => {
    const { code, out } = run([]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Data quality of data\/graph\.json: \d+ nodes, \d+ edges\./);
    expect(out).toContain('Quotes not found (error): 0');
    expect(out).toContain('Inferred facts (info): 29');
    expect(out).toContain(
      '  inferred: edge "event:asean-japan-summit-2004->held_in->country:laos"',
    );
    expect(out.split('\n').at(-1)).toMatch(/^0 errors, 0 warnings, 29 info: 0 quotes not found/);
  });

  it('opens a GEXF as the app does: every fact unsourced (warnings), exit 0', () => {
    const { code, out } = run([`${FIXTURES}/gephi.gexf`]);
    expect(code).toBe(0);
    expect(out).toContain('Unsourced nodes (warning): 4');
    expect(out).toContain(
      '  unsourced_node: node "n1" (ReCAAP Information Sharing Centre), field sources: no source cites it',
    );
  });

  it('lists the orphan and the edge to a missing node of a GEXF, exit 1 for the edge', () => {
    const { code, out } = run([`${FIXTURES}/orphan.gexf`]);
    expect(code).toBe(1);
    expect(out).toContain('Dangling edges (error): 1');
    expect(out).toMatch(/ {2}dangling_edge: orphan\.gexf, line \d+, edge "4", field target/);
    expect(out).toContain('Orphans (warning): 1');
    expect(out).toContain('  orphan: node "n4" (Lonely Coast Guard Office)');
  });

  it('opens a GraphML file and prints the report as JSON with --json', () => {
    const { code, out } = run(['--json', `${FIXTURES}/network.graphml`]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { dataset: string } & QualityReport;
    expect(parsed.dataset).toBe(`${FIXTURES}/network.graphml`);
    expect(parsed.sections).toHaveLength(7);
    expect(countOf(parsed, 'unsourced_nodes')).toBeGreaterThan(0);
    expect(parsed.counts.error).toBe(0);
  });

  it('takes a CSV pair as two paths; a quote citing no document is an error, exit 1', () => {
    const { code, out } = run([`${FIXTURES}/nodes.csv`, `${FIXTURES}/edges.csv`]);
    expect(code).toBe(1);
    expect(out).toContain('Quotes not found (error): 1');
    expect(out).toContain('  unknown_document: node "d1", field sources[0].doc');
  });

  it('lists a dangling edge, an orphan and a near-duplicate label of a CSV pair, exit 1', () => {
    const nodes = tempFile('nodes.csv', 'id,name\na,Maritime piracy\nb,Beta\nc,Maritime Piracy!\n');
    const edges = tempFile('edges.csv', 'source,target\na,b\na,nowhere\n');
    const { code, out } = run(['--json', nodes, edges]);
    expect(code).toBe(1);
    const report = JSON.parse(out) as QualityReport;
    expect(countOf(report, 'dangling_edges')).toBe(1);
    expect(report.sections.find((s) => s.check === 'dangling_edges')?.findings[0]).toMatchObject({
      code: 'dangling_edge',
      place: { edge: 'a->mentions->nowhere', field: 'target' },
      message: expect.stringMatching(/^edges\.csv, line 3, edge "a->mentions->nowhere"/),
    });
    expect(report.sections.find((s) => s.check === 'orphans')?.findings[0]?.place).toEqual({
      node: 'c',
    });
    expect(
      report.sections.find((s) => s.check === 'near_duplicate_labels')?.findings[0],
    ).toMatchObject({ code: 'same_label', place: { node: 'c', field: 'label' } });
  });

  it('reports a bundle whose quote is not in its document as an error', () => {
    const bundle = {
      format: 'asean-japan-explorer-dataset',
      version: 1,
      name: 'Mine',
      graph: {
        nodes: [
          {
            key: 'area:piracy',
            attributes: {
              kind: 'area',
              label: 'Piracy',
              sources: [{ doc: 'treaty', section: '1', quote: 'not in the text' }],
            },
          },
        ],
        edges: [],
      },
      sources: { treaty: '<!-- § 1 -->\nThe parties combat piracy.' },
    };
    const { code, out } = run([tempFile('mine.json', JSON.stringify(bundle))]);
    expect(code).toBe(1);
    expect(out).toContain(
      '  quote_not_found: node "area:piracy", field sources[0].quote: expected a quote found in treaty § 1',
    );
  });

  it('exits 2 with one line naming a file it cannot read or check', () => {
    const missing = run([`${FIXTURES}/nothere.gexf`]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /^quality: tests\/fixtures\/opendata\/nothere\.gexf: could not be read/,
    );
    expect(missing.err.split('\n')).toHaveLength(1);
    const broken = run([tempFile('broken.gexf', '<gexf><graph><nodes><node id="a"')]);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^quality: broken\.gexf, line \d+/);
    expect(broken.err.split('\n')).toHaveLength(1);
    expect(run(['--bogus']).code).toBe(2);
  });

  it('sets the process exit code when run as npm runs it (tsx)', () => {
    const script = join('scripts', 'quality.ts');
    const ok = spawnSync('npx', ['tsx', script, `${FIXTURES}/gephi.gexf`], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync(
      'npx',
      ['tsx', script, `${FIXTURES}/nodes.csv`, `${FIXTURES}/edges.csv`],
      {
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(1);
    const unreadable = spawnSync('npx', ['tsx', script, 'nothere.graphml'], { encoding: 'utf8' });
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr.trim()).toMatch(/^quality: nothere\.graphml: could not be read/);
  }, 60_000);
});
