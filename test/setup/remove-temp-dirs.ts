import { afterAll } from 'vitest';
import { removeTempDirs } from '../fixtures/temp-dir';

// Every temp folder a test file made with tempDir() goes when the file is done.
afterAll(removeTempDirs);
