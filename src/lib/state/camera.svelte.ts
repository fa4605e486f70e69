// The camera slice: where the reader left the camera (for the URL), reported by the map; and the call that
// frames a selected thing, which the map answers. A camera move is a call to the map, not a state value.
import type { ListItem } from '$lib/content/catalog';
import type { Camera } from './view-url';

export type FrameItem = (item: ListItem) => void;

export class CameraState {
  #last = $state.raw<Camera | null>(null);
  #frame: FrameItem | null = null;

  /** The camera as the map last reported it (after each move). */
  get last(): Camera | null {
    return this.#last;
  }

  /** The map reports where a move ended. */
  moved(camera: Camera): void {
    this.#last = camera;
  }

  /** Frames a thing on the map (nothing happens while no map answers, as without WebGL). */
  frame(item: ListItem): void {
    this.#frame?.(item);
  }

  /** The map answers `frame` calls until the returned function is called. */
  answerFrames(frame: FrameItem): () => void {
    this.#frame = frame;
    return () => {
      if (this.#frame === frame) this.#frame = null;
    };
  }
}
