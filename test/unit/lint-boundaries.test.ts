import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The process boundaries of docs/architecture.md ("The walls"), enforced by the real lint config.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('lint boundaries', () => {
  it.each([
    ["import { ipcRenderer } from 'electron';", 'renderer/app/Bad.tsx'],
    ["import fs from 'node:fs';", 'renderer/app/bad.ts'],
    ["import nodemailer from 'nodemailer';", 'renderer/app/bad.ts'],
    ["import keytar from 'keytar';", 'renderer/app/bad.ts'],
    ["import { PublicClientApplication } from '@azure/msal-node';", 'renderer/wizard/signin/bad.ts'],
    ["import type { AccountInfo } from '@azure/msal-node';", 'shared/bad.ts'],
    ["import net from 'node:net';", 'shared/bad.ts'],
    ["import { x } from '../electron/probe/run-probe';", 'shared/bad.ts'],
    ["import { app } from 'electron';", 'electron/probe/bad.ts'],
    ["import { ipcMain } from 'electron';", 'electron/main.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await restrictedImports(code, file)).toBeGreaterThan(0);
  });

  it.each([
    ["import { ipcMain } from 'electron';", 'electron/ipc.ts'],
    ["import { contextBridge, ipcRenderer } from 'electron';", 'electron/preload.ts'],
    ["import { app } from 'electron';", 'electron/main.ts'],
    ["import type { IpcMainInvokeEvent } from 'electron';", 'electron/probe/ok.ts'],
    ["import { PRESETS } from '../../shared/presets';", 'renderer/app/ok.ts'],
  ])('allows %s in %s', async (code, file) => {
    expect(await restrictedImports(code, file)).toBe(0);
  });
});
