/**
 * Curation from the text: an editor selects a passage in the reading view and cites it, through the
 * API's own mutations and rules, (a) as one more citation of the selected entity (upsertEntity with
 * the entity's current fields, its citations plus the new one, and expectedVersion) or (b) for a new
 * relationship (addRelationship). The quote and its `start` come from the selection, so the server
 * places the citation at the occurrence the editor chose, or refuses the edit; its message is shown.
 * The editor's token stays in sessionStorage (this tab only), never in the address.
 */

import {
  ApiError,
  addRelationship,
  type EntityBrief,
  editableEntity,
  type RelationshipType,
  upsertEntity,
} from './api.ts';
import { h } from './dom.ts';
import { displayName, type Lang, RELATIONSHIP_TYPES, relationshipTypeName, t } from './i18n.ts';
import type { TextSelection } from './reading-view.ts';
import { createPicker, type Picker } from './search.ts';
import { ARTICLE_SOURCE } from './seed-keys.ts';
import type { Span } from './url-state.ts';

const TOKEN_KEY = 'qianjiang-kg.editor-token';

export interface CurationActions {
  /** The entity the details panel shows, if any. */
  selectedEntity(): EntityBrief | null;
  /** An edit was saved: drop what was read before and show the new citation's span. */
  onSaved(span: Span, entity: string): void;
}

function storedToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

function storeToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage refused (private mode, policy): the token lasts as long as the input's value.
  }
}

export class CurationPanel {
  readonly element: HTMLDetailsElement;
  private readonly summary = h('summary', { 'data-testid': 'curate-toggle' });
  private readonly tokenLabel = h('label', { for: 'editor-token' });
  private readonly token = h('input', {
    type: 'password',
    id: 'editor-token',
    className: 'picker-input',
    'data-testid': 'editor-token',
    autocomplete: 'off',
  });
  private readonly tokenHint = h('p', { className: 'hint' });
  private readonly forget = h('button', { type: 'button', className: 'button small ghost' });
  private readonly selectionBox = h('div', {
    className: 'curation-selection',
    'data-testid': 'curation-selection',
  });
  private readonly citeButton = h('button', {
    type: 'button',
    className: 'button small primary',
    'data-testid': 'cite-entity',
  });
  private readonly relationTitle = h('h4', {});
  private readonly fromPicker: Picker;
  private readonly toPicker: Picker;
  private readonly typeLabel = h('label', { for: 'relationship-type', className: 'visually-hidden' });
  private readonly typeSelect = h('select', { id: 'relationship-type', 'data-testid': 'relationship-type' });
  private readonly addButton = h('button', {
    type: 'button',
    className: 'button small primary',
    'data-testid': 'add-relationship',
  });
  private readonly result = h('p', {
    className: 'curation-result',
    'data-testid': 'curation-result',
    role: 'status',
    'aria-live': 'polite',
  });
  private selection: TextSelection | null = null;
  private from: EntityBrief | null = null;
  private to: EntityBrief | null = null;
  private busy = false;

  constructor(
    private readonly lang: () => Lang,
    private readonly actions: CurationActions,
  ) {
    this.fromPicker = createPicker({
      testId: 'relationship-from',
      resultTestId: 'relationship-suggestion',
      placeholder: 'pathFromPlaceholder',
      label: 'pathFrom',
      lang,
      onPick: (entity) => {
        this.from = entity;
      },
      onClear: () => {
        this.from = null;
      },
    });
    this.toPicker = createPicker({
      testId: 'relationship-to',
      resultTestId: 'relationship-suggestion',
      placeholder: 'pathToPlaceholder',
      label: 'pathTo',
      lang,
      onPick: (entity) => {
        this.to = entity;
      },
      onClear: () => {
        this.to = null;
      },
    });
    this.token.value = storedToken();
    this.token.addEventListener('change', () => storeToken(this.token.value.trim()));
    this.forget.addEventListener('click', () => {
      this.token.value = '';
      storeToken('');
    });
    this.citeButton.addEventListener('click', () => void this.citeForEntity());
    this.addButton.addEventListener('click', () => void this.addRelationship());
    this.element = h(
      'details',
      { className: 'curation', 'data-testid': 'curation', open: this.token.value !== '' },
      this.summary,
      h('div', { className: 'curation-token' }, this.tokenLabel, this.token, this.forget),
      this.tokenHint,
      this.selectionBox,
      h('div', { className: 'curation-actions' }, this.citeButton),
      this.relationTitle,
      h(
        'div',
        { className: 'curation-relationship' },
        this.fromPicker.element,
        this.typeLabel,
        this.typeSelect,
        this.toPicker.element,
        this.addButton,
      ),
      this.result,
    );
    this.render();
  }

  setSelection(selection: TextSelection | null): void {
    this.selection = selection;
    this.renderSelection();
  }

  /** Text in the current language, and the selected entity's name on the cite button. */
  render(): void {
    const lang = this.lang();
    this.summary.textContent = t(lang, 'curate');
    this.tokenLabel.textContent = t(lang, 'editorToken');
    this.tokenHint.textContent = t(lang, 'editorTokenHint');
    this.forget.textContent = t(lang, 'forgetToken');
    const entity = this.actions.selectedEntity();
    this.citeButton.textContent = entity
      ? t(lang, 'citeForEntity', { name: displayName(lang, entity) })
      : t(lang, 'citeNoEntity');
    this.relationTitle.textContent = t(lang, 'newRelationship');
    this.typeLabel.textContent = t(lang, 'relationType');
    const chosen = this.typeSelect.value;
    this.typeSelect.replaceChildren(
      ...RELATIONSHIP_TYPES.map((type) =>
        h('option', { value: type }, `${relationshipTypeName(lang, type)} (${type})`),
      ),
    );
    if (chosen) this.typeSelect.value = chosen;
    this.addButton.textContent = t(lang, 'addRelationship');
    this.fromPicker.refreshLang();
    this.toPicker.refreshLang();
    if (!this.from && entity) {
      this.from = entity;
      this.fromPicker.setValue(entity);
    }
    this.renderSelection();
  }

  private renderSelection(): void {
    const lang = this.lang();
    const selection = this.selection;
    this.selectionBox.replaceChildren(
      selection
        ? h(
            'div',
            {},
            h(
              'span',
              { className: 'field-label' },
              t(lang, 'selectionLabel', { start: selection.start, end: selection.end }),
            ),
            h(
              'blockquote',
              { className: 'excerpt', lang: 'zh-CN', 'data-testid': 'selection-quote' },
              selection.quote,
            ),
          )
        : h('p', { className: 'hint' }, t(lang, 'selectionNone')),
    );
  }

  /** The token and selection an edit needs, or a message saying which is missing. */
  private prerequisites(): { token: string; selection: TextSelection } | null {
    const token = this.token.value.trim();
    if (!token) return this.fail(t(this.lang(), 'needsToken'));
    storeToken(token);
    if (!this.selection) return this.fail(t(this.lang(), 'needsSelection'));
    return { token, selection: this.selection };
  }

  private citation(selection: TextSelection) {
    return { source: ARTICLE_SOURCE, quote: selection.quote, start: selection.start };
  }

  private async citeForEntity(): Promise<void> {
    const ready = this.prerequisites();
    const entity = this.actions.selectedEntity();
    if (!ready) return;
    if (!entity) {
      this.fail(t(this.lang(), 'needsEntity'));
      return;
    }
    await this.save(async () => {
      const current = await editableEntity(entity.key);
      if (!current)
        throw new ApiError('NOT_FOUND', `No entity has the key "${entity.key}".`, { key: entity.key });
      const citations = current.citations.map((citation) => ({
        source: citation.source.key,
        quote: citation.quote,
        ...(citation.start === null ? {} : { start: citation.start }),
      }));
      await upsertEntity(
        {
          key: current.key,
          type: current.type,
          name: current.name,
          nameEn: current.nameEn ?? '',
          aliases: current.aliases,
          // Absent rather than null: the input is checked by the seed files' rules, where a field is
          // either given or left out.
          ...(current.kind ? { kind: current.kind } : {}),
          ...(current.description ? { description: current.description } : {}),
          ...(current.descriptionEn ? { descriptionEn: current.descriptionEn } : {}),
          ...('date' in current && current.date ? { date: current.date } : {}),
          citations: [...citations, this.citation(ready.selection)],
          expectedVersion: current.version,
        },
        ready.token,
      );
      this.actions.onSaved(ready.selection, current.key);
      return t(this.lang(), 'savedCitation', { name: displayName(this.lang(), current) });
    });
  }

  private async addRelationship(): Promise<void> {
    const ready = this.prerequisites();
    if (!ready) return;
    const { from, to } = this;
    if (!from || !to) {
      this.fail(t(this.lang(), 'needsEnds'));
      return;
    }
    const type = this.typeSelect.value as RelationshipType;
    await this.save(async () => {
      const payload = await addRelationship(
        { from: from.key, type, to: to.key, citation: this.citation(ready.selection) },
        ready.token,
      );
      const located = payload.relationship?.citation;
      const span =
        located?.start != null && located.end != null
          ? { start: located.start, end: located.end }
          : ready.selection;
      this.actions.onSaved(span, from.key);
      const lang = this.lang();
      return t(lang, 'savedRelationship', {
        what: `${displayName(lang, from)} ${relationshipTypeName(lang, type)} → ${displayName(lang, to)}`,
      });
    });
  }

  private async save(edit: () => Promise<string>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.result.dataset.kind = 'saving';
    this.result.textContent = t(this.lang(), 'saving');
    try {
      const message = await edit();
      this.result.dataset.kind = 'saved';
      this.result.textContent = message;
    } catch (error) {
      this.fail(
        error instanceof ApiError
          ? t(this.lang(), 'refused', { code: error.code, message: error.message })
          : String(error),
      );
    } finally {
      this.busy = false;
    }
  }

  private fail(message: string): null {
    this.result.dataset.kind = 'error';
    this.result.textContent = message;
    return null;
  }
}
