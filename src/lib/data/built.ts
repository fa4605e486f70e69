// What each data file the geo build writes holds, by its key in DATA_FILES (files.ts): the one schema both the
// build (which returns these values) and the app and tests (which read the files) are typed by.
import type { BordersFile, CountriesFile, LabelsFile, PhysicalFile, WaterFile } from './basemap';
import type { Catalog } from './catalog';
import type { DataFileKey } from './files';
import type { NetworkFile, PipelineFile } from './network';
import type { Story } from './story';

interface FileContents {
  countries: CountriesFile;
  countriesDetail: CountriesFile;
  borders: BordersFile;
  bordersDetail: BordersFile;
  water: WaterFile;
  physical: PhysicalFile;
  labels: LabelsFile;
  pipeline: PipelineFile;
  rail: NetworkFile;
  projects: NetworkFile;
  catalog: Catalog;
  /** SVG text. */
  staticMap: string;
  story: Story;
}

/** Every data file's content; a key DATA_FILES gains without a schema here fails to compile. */
export type BuiltFiles = { [K in DataFileKey]: FileContents[K] };

/** A data file's text read as its schema says (the data tests check the files against the world). */
export function parseBuilt<K extends DataFileKey>(_key: K, text: string): BuiltFiles[K] {
  return JSON.parse(text);
}
