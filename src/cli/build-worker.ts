// The entry point of an index build's worker thread (index build/update --concurrency).
import { serveBuild } from '../io/build-workers.js';

serveBuild();
