import { Resolver } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import { isStored, orNull, refOrNull, type Edit } from '../editing/edit.js';
import { NodeMutations, type NodeEditor } from '../editing/fact-mutations.js';
import { Evidence, type EvidenceOwner } from '../evidence/evidence.entity.js';
import { suggestForNewDocument } from '../suggestions/suggest-facts.js';
import { Document } from './document.entity.js';
import { CreateDocumentInput, UpdateDocumentInput } from './document.inputs.js';

type DocumentFields = Omit<UpdateDocumentInput, 'id' | 'version'>;

const OWNERS: EvidenceOwner[] = [
  'actor',
  'attribution',
  'position',
  'event',
  'participation',
  'relation',
  'statement',
  'figure',
  'negotiation',
];

/** How many facts cite the document: each fact once, however many of its words it quotes. */
async function citingFacts(edit: Edit, document: Document): Promise<number> {
  const columns = OWNERS.map((owner) => `count(distinct ${owner}_id) as ${owner}`).join(', ');
  const rows = (await edit.em
    .getConnection()
    .execute(
      `select ${columns} from ${edit.em.getMetadata().get(Evidence.name).tableName} where document_id = ?`,
      [document.id],
      'all',
      edit.em.getTransactionContext(),
    )) as Record<string, unknown>[];
  const [row] = rows;
  return OWNERS.reduce((sum, owner) => sum + Number(row?.[owner] ?? 0), 0);
}

/** Checks what the input gives and sets it on the document (a new one, or one being updated). */
async function apply(document: Document, input: DocumentFields, edit: Edit): Promise<void> {
  const { slug, title, text, url } = input;
  // Read before anything changes: a query after a change would flush it, and count as an update of its own.
  if (isStored(document) && input.contributorIds != null) await document.contributors.init();
  edit.fields('document', Document.name, { slug, title, text, url, publishedAtBasis: input.publishedAtBasis });
  if (slug && slug !== document.slug && (await edit.em.count(Document, { slug }))) {
    edit.report('input.slug', `"${slug}" is another document's slug`);
  }
  if (text != null && isStored(document) && text !== document.text) {
    const cited = await citingFacts(edit, document);
    if (cited > 0) {
      edit.report(
        'input.text',
        `cannot change: ${cited} fact${cited === 1 ? '' : 's'} cite this document by offsets into its text. The title, date and other details may change.`,
      );
    }
  }
  const publisher = await edit.link(Actor, input.publisherId, 'input.publisherId', false);
  const contributors: Actor[] = [];
  for (const [index, id] of (input.contributorIds ?? []).entries()) {
    const contributor = await edit.reference(Actor, id, `input.contributorIds[${index}]`);
    if (contributor) contributors.push(contributor);
  }

  if (slug) document.slug = slug;
  if (title) document.title = title;
  if (text) document.text = text;
  if (publisher !== undefined) document.publisher = refOrNull(publisher);
  if (input.publishedAt !== undefined) document.publishedAt = orNull(input.publishedAt);
  if (input.publishedAtBasis !== undefined) document.publishedAtBasis = orNull(input.publishedAtBasis);
  if (url !== undefined) document.url = orNull(url);
  if (input.contributorIds != null) document.contributors.set(contributors);
}

/** How documents are created and updated. */
export const documentEditor: NodeEditor<Document, CreateDocumentInput, UpdateDocumentInput> = {
  entity: Document,
  field: 'document',
  referredTo: true,
  inputs: { create: CreateDocumentInput, update: UpdateDocumentInput },
  describe: {
    create: 'Adds a source document; facts can then cite its words. For editors.',
    update:
      'Changes a document’s details; its text only while no fact cites it. The version read must still be current. For editors.',
    delete:
      'Deletes a document. A document with facts is kept unless `cascade` is set, which deletes its facts and their evidence too. For editors.',
  },
  async create(input, edit) {
    const document = new Document();
    // Not from a bundle: a later import of a bundle with this slug replaces it.
    document.bundleHash = '';
    await apply(document, input, edit);
    edit.check();
    edit.em.persist(document);
    return document;
  },
  update: apply,
  afterCreate: suggestForNewDocument,
};

@Resolver()
export class DocumentMutations extends NodeMutations(documentEditor) {}
