// Renders the Stories panel in the test shell on the story fixture graph, with one built-in
// story ("cybercrime") and the person's stories in `storage`.
import { render } from '@testing-library/react';
import type { ViewState } from '../../../src/state/viewState';
import { StoriesPanel } from '../../../src/ui/panels/StoriesPanel';
import { sampleStory, storyGraph } from '../../fixtures/storyFixtures';
import { Shell } from './harness';
import { NO_ANSWERS } from '../../../src/state/answers';

const graph = storyGraph();
const builtInFile = { version: 1, stories: [sampleStory('cybercrime')] };

export function renderStoriesPanel(storage: Storage, initial: Partial<ViewState> = {}) {
  return render(
    <Shell graph={graph} storage={storage} initial={initial} builtInFile={builtInFile}>
      {(state, act) => (
        <StoriesPanel graph={graph} sources={{}} state={state} answers={NO_ANSWERS} act={act} />
      )}
    </Shell>,
  );
}
