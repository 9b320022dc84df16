/**
 * Applies scenes (model/scene.ts) to the adapter in one place and in one order: the look (classes),
 * then the camera's moves for what changed (camera.ts; only once the first picture is drawn),
 * then the layout, then presenter sizes, then the theme and motion. An answer is fitted once the graph is at rest; a newer
 * scene cancels a fit still waiting. `whenSettled` resolves when every move asked for is done.
 */
import type { CameraIntent, Scene, SceneLook, Viewport } from '../model/scene';
import type { ThemeName } from '../model/theme';
import type { LayoutName } from '../model/vocabulary';
import { cameraMoves, sameFit } from './camera';

export interface SceneTarget {
  apply(look: SceneLook): void;
  setLayout(name: LayoutName, landing: Viewport | null): void;
  setPresent(present: boolean): void;
  /** The canvas colours and whether moves animate (the theme and reduced motion). */
  setDisplay(theme: ThemeName, reducedMotion: boolean): void;
  focus(node: string): void;
  land(viewport: Viewport): void;
  fit(nodes: readonly string[]): void;
  /** Resolves once nothing moves (GraphHandle's still signal). */
  whenStill(): Promise<void>;
}

export interface SceneShow {
  show(scene: Scene): void;
  /** The first picture is drawn: the camera goes where the scene shown asks. */
  ready(): void;
  /** Resolves once the scene shown is in place: its moves made, its answer fitted, all still. */
  whenSettled(): Promise<void>;
}

export function createSceneShow(target: SceneTarget): SceneShow {
  let shown: Scene | null = null;
  let camera: CameraIntent | null = null;
  let isReady = false;
  /** A fit waiting for the graph to rest, and its end (fitted or cancelled). */
  let waiting: { cancelled: boolean; done: Promise<void> } | null = null;
  let fitsMade = 0;

  const fitWhenStill = (nodes: readonly string[]) => {
    const wait = { cancelled: false, done: Promise.resolve() };
    wait.done = target.whenStill().then(() => {
      if (!wait.cancelled) {
        target.fit(nodes);
        fitsMade += 1;
      }
      if (waiting === wait) waiting = null;
    });
    waiting = wait;
  };

  const moveCamera = (next: CameraIntent) => {
    const moves = cameraMoves(camera, next);
    if (waiting && !sameFit(camera?.fit ?? null, next.fit)) waiting.cancelled = true;
    camera = next;
    for (const move of moves) {
      if (move.kind === 'land') target.land(move.viewport);
      else if (move.kind === 'focus') target.focus(move.node);
      else fitWhenStill(move.nodes);
    }
  };

  return {
    show(scene) {
      const before = shown;
      shown = scene;
      target.apply(scene.look);
      if (isReady) moveCamera(scene.camera);
      if (!before || before.layout !== scene.layout)
        target.setLayout(scene.layout, scene.camera.landing);
      if (!before || before.present !== scene.present) target.setPresent(scene.present);
      if (!before || before.theme !== scene.theme || before.reducedMotion !== scene.reducedMotion)
        target.setDisplay(scene.theme, scene.reducedMotion);
    },
    ready() {
      isReady = true;
      if (shown) moveCamera(shown.camera);
    },
    async whenSettled() {
      // Still, with no fit waiting and none made meanwhile (a fit moves the view again).
      for (;;) {
        if (waiting) await waiting.done;
        const before = fitsMade;
        await target.whenStill();
        if (!waiting && fitsMade === before) return;
      }
    },
  };
}
