/**
 * The printed handout of a story: a cover, then one page per step with its title, picture,
 * caption and the nodes in focus with the sources they rest on. Hidden on screen; the print
 * stylesheet (export.css) shows only this.
 */
import type { KnowledgeGraph } from '../../model/graph';
import type { Story } from '../../model/storySchema';
import { KIND_STYLE } from '../../view/kindStyle';

export interface PrintStoryProps {
  story: Story;
  graph: KnowledgeGraph;
  /** Object URL of each step's picture (null when none could be taken). */
  pictures: readonly (string | null)[];
}

function FocusList({ keys, graph }: { keys: readonly string[]; graph: KnowledgeGraph }) {
  const known = keys.filter((k) => graph.hasNode(k));
  if (known.length === 0) return null;
  return (
    <ul className="print-focus">
      {known.map((key) => {
        const a = graph.getNodeAttributes(key);
        const cites = a.sources.map((s) => `${s.doc} § ${s.section}`);
        return (
          <li key={key}>
            <strong>{a.label}</strong> <span>({KIND_STYLE[a.kind].legend})</span>
            {cites.length > 0 && (
              <span className="print-sources"> — {[...new Set(cites)].join('; ')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function PrintStory({ story, graph, pictures }: PrintStoryProps) {
  const printed = new Date().toISOString().slice(0, 10);
  return (
    <div className="print-story" aria-hidden="true">
      <section className="print-page print-cover">
        <h1>{story.title}</h1>
        {story.description && <p>{story.description}</p>}
        <p>
          {story.steps.length} steps · ASEAN–Japan Cooperation against Terrorism &amp; Transnational
          Crime · printed {printed}
        </p>
        <ol>
          {story.steps.map((s, i) => (
            <li key={i}>{s.title}</li>
          ))}
        </ol>
      </section>
      {story.steps.map((step, i) => {
        const picture = pictures[i];
        return (
          <section className="print-page print-step" key={i}>
            <h2>
              {i + 1}. {step.title}
            </h2>
            {picture && <img src={picture} alt={`The graph at step ${i + 1}`} />}
            <p className="print-caption">{step.caption}</p>
            <FocusList keys={step.focus} graph={graph} />
            <p className="print-footer">
              {story.title} · step {i + 1} of {story.steps.length}
            </p>
          </section>
        );
      })}
    </div>
  );
}
