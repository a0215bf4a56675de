import { parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export interface YamlFileOptions {
  firstLine?: number;
  schema?: SchemaOptions['schema'];
}

/**
 * The one YAML parser of the project: the first syntax error becomes `file:line: message`, so an editor
 * sees which file to open (the yaml library's own errors name a line but no file). `firstLine` offsets
 * the line for YAML embedded in a larger file (MDX frontmatter starts on line 2).
 */
export function parseYaml(text: string, file: string, options: YamlFileOptions = {}): unknown {
  const yamlOptions: ParseOptions & DocumentOptions & SchemaOptions = { prettyErrors: true };
  if (options.schema) yamlOptions.schema = options.schema;
  const doc = parseDocument(text, yamlOptions);
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + (options.firstLine ?? 0);
    throw new Error(`${file}:${line}: ${error.message.split('\n')[0]}`);
  }
  return doc.toJS();
}
