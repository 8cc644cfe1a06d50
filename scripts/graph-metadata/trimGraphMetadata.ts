/**
 * Writes emulator/graph/metadata/graphMetadata.v1.json: the part of Microsoft Graph's
 * published v1.0 metadata (microsoftgraph/msgraph-metadata, schemas/v1.0-Prod.csdl, MIT)
 * that describes the request bodies this project sends, so the emulator can refuse a
 * body real Graph would refuse.
 *
 *   npx tsx scripts/graph-metadata/trimGraphMetadata.ts <v1.0-Prod.csdl> --commit <sha> [--out <file>]
 *
 * `--commit` is the msgraph-metadata commit the CSDL was read from; it goes into the
 * JSON header so anyone can fetch the same file again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildGraphMetadata } from './buildGraphMetadata';

const DEFAULT_OUT = resolve(__dirname, '..', '..', 'emulator', 'graph', 'metadata', 'graphMetadata.v1.json');

function main(argv: readonly string[]): void {
  const [csdlPath, ...flags] = argv;
  const flag = (name: string): string | undefined => {
    const at = flags.indexOf(name);
    return at === -1 ? undefined : flags[at + 1];
  };
  const commit = flag('--commit');
  if (csdlPath === undefined || commit === undefined || !/^[0-9a-f]{40}$/.test(commit)) {
    console.error('usage: npx tsx scripts/graph-metadata/trimGraphMetadata.ts <v1.0-Prod.csdl> --commit <40-hex msgraph-metadata commit> [--out <file>]');
    process.exit(2);
  }
  const out = flag('--out') ?? DEFAULT_OUT;
  const metadata = buildGraphMetadata(readFileSync(csdlPath, 'utf8'), commit, new Date());
  writeFileSync(out, `${JSON.stringify(metadata, null, 1)}\n`);
  console.log(`${out}: ${Object.keys(metadata.types).length} types, ${Object.keys(metadata.enums).length} enums from ${commit}`);
}

main(process.argv.slice(2));
