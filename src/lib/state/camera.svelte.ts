// The camera slice: where the reader left the camera (for the URL), reported by the map; and the call that
// frames a selected thing, which the map answers. A camera move is a call to the map, not a state value.
import type { ListItem } from '$lib/content/catalog';
import type { Camera } from './view-url';

export type FrameItem = (item: ListItem) => void;

export class CameraState {
  #last = $state.raw<Camera | null>(null);
  #frame: FrameItem | null = null;
  /** A frame asked for before the map could answer (a shared link's selection, while the map loads). */
  #pending: ListItem | null = null;

  /** The camera as the map last reported it (after each move). */
  get last(): Camera | null {
    return this.#last;
  }

  /** The map reports where a move ended. */
  moved(camera: Camera): void {
    this.#last = camera;
  }

  /** Frames a thing on the map; asked before the map is there, it is framed once the map answers. */
  frame(item: ListItem): void {
    if (this.#frame) this.#frame(item);
    else this.#pending = item;
  }

  /** Drops a frame still waiting for the map (its selection was closed first). */
  forget(): void {
    this.#pending = null;
  }

  /** The map answers `frame` calls (the one waiting first) until the returned function is called. */
  answerFrames(frame: FrameItem): () => void {
    this.#frame = frame;
    const pending = this.#pending;
    this.#pending = null;
    if (pending) frame(pending);
    return () => {
      if (this.#frame === frame) this.#frame = null;
    };
  }
}
