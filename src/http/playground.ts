import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL as graphql-yoga renders it, with one change to its Monaco editors: no "ambiguous
 * character" boxes. Monaco boxes every character that looks like an ASCII one unless the browser's
 * locale uses it, so for most visitors every Chinese comma and semicolon (，；) of every answer of
 * this Chinese knowledge graph was boxed. Yoga passes no editor options through, so the page asks
 * Monaco for its global API and sets the option on each editor as it is created.
 */
const MONACO_ENVIRONMENT = 'globalAPI: false,';
const RENDER_CALL = 'YogaGraphiQL.renderYogaGraphiQL(';
const EDITOR_OPTIONS = `
        self.monaco.editor.onDidCreateEditor((editor) =>
          editor.updateOptions({ unicodeHighlight: { ambiguousCharacters: false } }),
        );
        ${RENDER_CALL}`;

export function renderPlayground(options: GraphiQLOptions): string {
  const page = renderGraphiQL(options);
  // Checked so that an upgrade of @graphql-yoga/render-graphiql that changes its page fails loudly (tests/unit/playground.test.ts).
  if (!page.includes(MONACO_ENVIRONMENT) || !page.includes(RENDER_CALL))
    throw new Error('@graphql-yoga/render-graphiql changed its page: update src/http/playground.ts');
  return page.replace(MONACO_ENVIRONMENT, 'globalAPI: true,').replace(RENDER_CALL, EDITOR_OPTIONS);
}
