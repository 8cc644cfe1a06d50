import type { GraphMetadata } from '../../emulator/graph/metadata/GraphMetadata';
import { graphMetadataSchema } from '../../emulator/graph/metadata/GraphMetadata';
import { parseCsdl } from './parseCsdl';
import type { TrimRoots } from './trimModel';
import { trimModel } from './trimModel';

/**
 * The bodies the project sends (src/graph, scripts/provision) or may send next: list and
 * column creation, list items and their fields, channel and chat messages, the site
 * permission grant, and Teams activity notifications (bound actions: their parameters
 * are the body). driveItem is absent on purpose: app folder PUTs send raw file content.
 */
export const TRIM_ROOTS: TrimRoots = {
  types: [
    'microsoft.graph.list',
    'microsoft.graph.columnDefinition',
    'microsoft.graph.listItem',
    'microsoft.graph.fieldValueSet',
    'microsoft.graph.chatMessage',
    'microsoft.graph.permission',
  ],
  actions: [
    { bindingType: 'microsoft.graph.userTeamwork', name: 'microsoft.graph.sendActivityNotification' },
    { bindingType: 'microsoft.graph.chat', name: 'microsoft.graph.sendActivityNotification' },
    { bindingType: 'microsoft.graph.team', name: 'microsoft.graph.sendActivityNotification' },
    { bindingType: 'microsoft.graph.teamwork', name: 'microsoft.graph.sendActivityNotificationToRecipients' },
  ],
};

/** msgraph-metadata's LICENSE, carried in the header as MIT asks of copies of its files. */
const MSGRAPH_METADATA_LICENCE = [
  'MIT License',
  'Copyright (c) 2018 Microsoft Graph',
  'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:',
  'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.',
  'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
];

/**
 * Trims Graph's v1.0 CSDL (microsoftgraph/msgraph-metadata, schemas/v1.0-Prod.csdl, MIT)
 * into the JSON the emulator loads; `commit` is the msgraph-metadata commit it came from.
 */
export function buildGraphMetadata(csdl: string, commit: string, trimmedOn: Date): GraphMetadata {
  const trimmed = trimModel(parseCsdl(csdl), TRIM_ROOTS);
  return graphMetadataSchema.parse({
    header: {
      repository: 'https://github.com/microsoftgraph/msgraph-metadata',
      file: 'schemas/v1.0-Prod.csdl',
      commit,
      licence: 'MIT',
      copyright: 'Copyright (c) 2018 Microsoft Graph (Microsoft Corporation)',
      licenceText: MSGRAPH_METADATA_LICENCE,
      trimmedOn: trimmedOn.toISOString().slice(0, 10),
      trimmedBy: 'scripts/graph-metadata/trimGraphMetadata.ts',
      roots: trimmed.roots,
    },
    types: trimmed.types,
    enums: trimmed.enums,
  });
}

