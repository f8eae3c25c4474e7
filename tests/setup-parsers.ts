// Tests call parseDocuments directly on HTML and Markdown with front matter: the parsers the CLI
// loads on demand (src/core/read/parsers.ts) are loaded once before each test file.
import { loadAllParsers } from '../src/core/read/parsers.js';

await loadAllParsers();
