/**
 * The printed handout of a story: a cover, then one page per step with its title, picture,
 * caption and the nodes in focus with the sources they rest on. Hidden on screen; the print
 * stylesheet (export.css) shows only this.
 */
import type { KnowledgeGraph } from '../../model/graph';
import { citeLine, stepSources } from '../../model/stepSources';
import type { Story } from '../../model/storySchema';
import { KIND_STYLE } from '../../view/kindStyle';

/**
 * The printed size of a step's picture at most (export.css: .print-step img, 150 × 140 mm): its
 * labels are drawn to print at 7 pt or more at that size.
 */
export const HANDOUT_PICTURE = { widthMm: 150, heightMm: 140 } as const;

export interface PrintStoryProps {
  story: Story;
  graph: KnowledgeGraph;
  /** Object URL of each step's picture (null when none could be taken). */
  pictures: readonly (string | null)[];
}

function FocusList({ keys, graph }: { keys: readonly string[]; graph: KnowledgeGraph }) {
  const focus = stepSources(graph, keys);
  if (focus.length === 0) return null;
  return (
    <ul className="print-focus">
      {focus.map(({ key, label, kind, sources }) => (
        <li key={key}>
          <strong>{label}</strong> <span>({KIND_STYLE[kind].legend})</span>
          <span className="print-sources"> — {citeLine(sources)}</span>
        </li>
      ))}
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
            <div className="print-body">
              {picture && <img src={picture} alt={`The graph at step ${i + 1}`} />}
              <div className="print-text">
                <p className="print-caption">{step.caption}</p>
                <FocusList keys={step.focus} graph={graph} />
              </div>
            </div>
            <p className="print-footer">
              {story.title} · step {i + 1} of {story.steps.length}
            </p>
          </section>
        );
      })}
    </div>
  );
}
