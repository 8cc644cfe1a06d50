import { parseCsdl } from './parseCsdl';
import { trimModel } from './trimModel';

/** Shaped like schemas/v1.0-Prod.csdl: an aliased schema, a second namespace, self-closing types. */
const CSDL = `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="bodyType">
        <Member Name="text" Value="0" />
        <Member Name="html" Value="1" />
      </EnumType>
      <EnumType Name="unused"><Member Name="x" Value="0" /></EnumType>
      <ComplexType Name="itemBody">
        <Property Name="content" Type="Edm.String" />
        <Property Name="contentType" Type="graph.bodyType" />
      </ComplexType>
      <ComplexType Name="recipient" Abstract="true" />
      <ComplexType Name="userRecipient" BaseType="graph.recipient">
        <Property Name="userId" Type="Edm.String" Nullable="false" />
      </ComplexType>
      <ComplexType Name="notReferenced"><Property Name="a" Type="Edm.Int32" /></ComplexType>
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="message" BaseType="graph.entity">
        <Property Name="body" Type="graph.itemBody" Nullable="false" />
        <Property Name="tags" Type="Collection(Edm.String)" />
        <Property Name="other" Type="other.thing" />
        <NavigationProperty Name="replies" Type="Collection(graph.message)" ContainsTarget="true" />
        <NavigationProperty Name="owner" Type="graph.user" />
      </EntityType>
      <EntityType Name="fieldValueSet" BaseType="graph.entity" OpenType="true" />
      <EntityType Name="user" BaseType="graph.entity"><Property Name="mail" Type="Edm.String" /></EntityType>
      <Action Name="notify" IsBound="true">
        <Parameter Name="bindingParameter" Type="graph.user" />
        <Parameter Name="recipient" Type="graph.recipient" />
        <Parameter Name="chainId" Type="Edm.Int64" Nullable="false" />
      </Action>
      <Action Name="unbound"><Parameter Name="x" Type="Edm.String" /></Action>
      <Annotations Target="microsoft.graph.message">
        <Annotation Term="Org.OData.Core.V1.Description" String="&lt;b&gt;not a tag&lt;/b&gt;" />
      </Annotations>
    </Schema>
    <Schema Namespace="other" Alias="o" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <ComplexType Name="thing"><Property Name="flag" Type="Edm.Boolean" /></ComplexType>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>`;

describe('parseCsdl', () => {
  it('reads types with full names, resolved aliases, nullability, open and abstract flags', () => {
    const model = parseCsdl(CSDL);
    expect(model.types.get('microsoft.graph.message')).toEqual({
      kind: 'entity',
      fullName: 'microsoft.graph.message',
      baseType: 'microsoft.graph.entity',
      abstract: false,
      open: false,
      properties: [
        { name: 'body', type: 'microsoft.graph.itemBody', nullable: false },
        { name: 'tags', type: 'Collection(Edm.String)', nullable: true },
        { name: 'other', type: 'other.thing', nullable: true },
      ],
      navigationProperties: [
        { name: 'replies', type: 'Collection(microsoft.graph.message)', nullable: true },
        { name: 'owner', type: 'microsoft.graph.user', nullable: true },
      ],
    });
    expect(model.types.get('microsoft.graph.fieldValueSet')).toMatchObject({ open: true, properties: [] });
    expect(model.types.get('microsoft.graph.recipient')).toMatchObject({ kind: 'complex', abstract: true });
    expect(model.types.get('other.thing')?.properties).toEqual([{ name: 'flag', type: 'Edm.Boolean', nullable: true }]);
    expect(model.enums.get('microsoft.graph.bodyType')).toEqual({ fullName: 'microsoft.graph.bodyType', flags: false, members: ['text', 'html'] });
  });

  it('reads bound actions without their binding parameter and skips unbound ones', () => {
    expect(parseCsdl(CSDL).actions).toEqual([
      {
        fullName: 'microsoft.graph.notify',
        bindingType: 'microsoft.graph.user',
        parameters: [
          { name: 'recipient', type: 'microsoft.graph.recipient', nullable: true },
          { name: 'chainId', type: 'Edm.Int64', nullable: false },
        ],
      },
    ]);
  });
});

describe('trimModel', () => {
  const model = parseCsdl(CSDL);

  it('keeps roots, base types, property types, enums and derived complex types, not navigation targets', () => {
    const trimmed = trimModel(model, { types: ['microsoft.graph.message'], actions: [{ bindingType: 'microsoft.graph.user', name: 'microsoft.graph.notify' }] });
    expect(Object.keys(trimmed.types)).toEqual([
      'microsoft.graph.entity',
      'microsoft.graph.itemBody',
      'microsoft.graph.message',
      'microsoft.graph.recipient',
      'microsoft.graph.user/microsoft.graph.notify',
      'microsoft.graph.userRecipient',
      'other.thing',
    ]);
    expect(Object.keys(trimmed.enums)).toEqual(['microsoft.graph.bodyType']);
    expect(trimmed.types['microsoft.graph.message']?.navigationProperties['owner']).toEqual({ type: 'microsoft.graph.user', nullable: true });
    expect(trimmed.types['microsoft.graph.user/microsoft.graph.notify']).toEqual({
      kind: 'action',
      abstract: false,
      open: false,
      properties: { recipient: { type: 'microsoft.graph.recipient', nullable: true }, chainId: { type: 'Edm.Int64', nullable: false } },
      navigationProperties: {},
    });
    expect(trimmed.roots).toEqual(['microsoft.graph.message', 'microsoft.graph.user/microsoft.graph.notify']);
  });

  it('refuses a root the CSDL does not have, so a renamed type is noticed when re-trimming', () => {
    expect(() => trimModel(model, { types: ['microsoft.graph.gone'], actions: [] })).toThrow('microsoft.graph.gone');
    expect(() => trimModel(model, { types: [], actions: [{ bindingType: 'microsoft.graph.chat', name: 'microsoft.graph.notify' }] })).toThrow('microsoft.graph.chat');
  });
});
