import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The example questions GraphiQL opens with, one tab each, the user's own example first: files in
 * src/questions/examples/, each one named operation under a comment saying the question in words.
 */
export interface ExampleQuestion {
  file: string;
  operationName: string;
  document: string;
}

const examplesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'examples');

let examples: ExampleQuestion[] | undefined;

/** Read once: GraphiQL's tabs, the trusted documents and the start-up warm-up all ask for them. */
export function exampleQuestions(): ExampleQuestion[] {
  examples ??= readExamples();
  return examples;
}

function readExamples(): ExampleQuestion[] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const document = readFileSync(path.join(examplesDir, file), 'utf8');
      const operationName = /^query\s+(\w+)/m.exec(document)?.[1];
      if (!operationName) throw new Error(`src/questions/examples/${file} must hold one named query`);
      return { file, operationName, document };
    });
}
