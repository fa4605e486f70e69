// A PMTiles v3 archive writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): one file holding
// every tile, read by the browser with HTTP Range requests. There is no writer on npm; this follows the spec:
// a 127-byte header, a gzipped root directory (with leaf directories when the root would not fit in the first
// 16 KiB), gzipped JSON metadata, then the tiles in tile-id order, identical tiles stored once.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes as they are to be served (already gzipped for gzip tile compression). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  /** 1 = MVT vector tiles, 2 = PNG (the spec's TileType). */
  tileType: 1 | 2;
  /** 1 = none, 2 = gzip (the spec's Compression), as the tiles' bytes are stored. */
  tileCompression: 1 | 2;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
/** The header and the root directory must fit in the first 16 KiB, which a reader fetches at once. */
const ROOT_LIMIT = 16_384;
const INTERNAL_GZIP = 2;

function writeVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory as the spec serializes it: counts, then tile-id deltas, run lengths, lengths and offsets. */
function serializeDirectory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    // 0 means "right after the previous entry's data"; any other offset is written plus one.
    writeVarint(out, i > 0 && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out), { level: 9 });
}

/** The root directory, and the leaf directories it points to when every entry would not fit in the root. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const whole = serializeDirectory(entries);
  if (HEADER_BYTES + whole.length <= ROOT_LIMIT) return { root: whole, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const leafBytes: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = serializeDirectory(entries.slice(i, i + leafSize));
      // A run length of 0 marks an entry that points to a leaf directory.
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafBytes.push(leaf);
      offset += leaf.length;
    }
    const root = serializeDirectory(rootEntries);
    if (HEADER_BYTES + root.length <= ROOT_LIMIT) return { root, leaves: Buffer.concat(leafBytes) };
  }
}

function header(fields: {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  leavesOffset: number;
  leavesLength: number;
  dataOffset: number;
  dataLength: number;
  addressed: number;
  entries: number;
  contents: number;
  minZoom: number;
  maxZoom: number;
  options: ArchiveOptions;
}): Uint8Array {
  const bytes = Buffer.alloc(HEADER_BYTES);
  bytes.write('PMTiles', 0, 'ascii');
  bytes.writeUInt8(3, 7);
  const u64 = [
    fields.rootOffset,
    fields.rootLength,
    fields.metadataOffset,
    fields.metadataLength,
    fields.leavesOffset,
    fields.leavesLength,
    fields.dataOffset,
    fields.dataLength,
    fields.addressed,
    fields.entries,
    fields.contents
  ];
  u64.forEach((value, i) => bytes.writeBigUInt64LE(BigInt(value), 8 + i * 8));
  const { options } = fields;
  bytes.writeUInt8(1, 96); // clustered: tiles in tile-id order
  bytes.writeUInt8(INTERNAL_GZIP, 97);
  bytes.writeUInt8(options.tileCompression, 98);
  bytes.writeUInt8(options.tileType, 99);
  bytes.writeUInt8(fields.minZoom, 100);
  bytes.writeUInt8(fields.maxZoom, 101);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  const [west, south, east, north] = options.bounds;
  bytes.writeInt32LE(e7(west), 102);
  bytes.writeInt32LE(e7(south), 106);
  bytes.writeInt32LE(e7(east), 110);
  bytes.writeInt32LE(e7(north), 114);
  const [lon, lat, zoom] = options.center;
  bytes.writeUInt8(zoom, 118);
  bytes.writeInt32LE(e7(lon), 119);
  bytes.writeInt32LE(e7(lat), 123);
  return bytes;
}

/** The archive's bytes: deterministic for the same tiles and options. */
export function writeArchive(tiles: ArchiveTile[], options: ArchiveOptions): Uint8Array {
  if (tiles.length === 0) throw new Error('writeArchive: no tiles');
  const sorted = tiles.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  const data: Uint8Array[] = [];
  let dataLength = 0;
  for (const tile of sorted) {
    const hash = createHash('sha256').update(tile.data).digest('hex');
    let place = stored.get(hash);
    if (!place) {
      place = { offset: dataLength, length: tile.data.length };
      stored.set(hash, place);
      data.push(tile.data);
      dataLength += tile.data.length;
    }
    const last = entries[entries.length - 1];
    // The same content at the next tile id extends the previous entry's run.
    if (last && last.offset === place.offset && last.tileId + last.runLength === tile.tileId) last.runLength++;
    else entries.push({ tileId: tile.tileId, offset: place.offset, length: place.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(Buffer.from(JSON.stringify(options.metadata)), { level: 9 });
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;
  const zooms = sorted.map((t) => t.z);
  return Buffer.concat([
    header({
      rootOffset,
      rootLength: root.length,
      metadataOffset,
      metadataLength: metadata.length,
      leavesOffset,
      leavesLength: leaves.length,
      dataOffset,
      dataLength,
      addressed: sorted.length,
      entries: entries.length,
      contents: data.length,
      minZoom: Math.min(...zooms),
      maxZoom: Math.max(...zooms),
      options
    }),
    root,
    metadata,
    leaves,
    ...data
  ]);
}
