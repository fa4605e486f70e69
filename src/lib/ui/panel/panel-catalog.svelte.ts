// The catalog the info panel reads each thing's entry from: fetched at the first selection and kept for the next;
// after a failure, fetched again only when the reader asks (the panel's retry button).
import { DATA_FILES } from '$lib/data/files';
import { loadCatalog } from '$lib/content/catalog';
import type { Catalog } from '$lib/data/catalog';
import { dataUrl } from '$lib/content/urls';

export class PanelCatalog {
  #catalog = $state.raw<Catalog | null>(null);
  #failed = $state(false);

  /** The catalog, once fetched. */
  get current(): Catalog | null {
    return this.#catalog;
  }

  get failed(): boolean {
    return this.#failed;
  }

  /** Fetches the catalog unless it is here or has failed (a failure waits for the reader's retry). */
  need(): void {
    if (!this.#catalog && !this.#failed) this.load();
  }

  async load(): Promise<void> {
    this.#failed = false;
    try {
      this.#catalog = await loadCatalog(dataUrl(DATA_FILES.catalog.path));
    } catch {
      this.#failed = true;
    }
  }
}
