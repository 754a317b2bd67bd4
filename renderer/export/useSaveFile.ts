import { useRef, useState } from 'react';
import type { AppFileSaved, AppFileSaveRequest } from '../../shared/contract';
import { getApi } from '../api';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; saved: AppFileSaved; followUp?: string }
  | { status: 'error'; message: string };

/** Save one file through main, then "Show in folder" / "Open" it; focus moves to the result. */
export function useSaveFile() {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  const save = async (request: AppFileSaveRequest) => {
    const api = getApi();
    if (!api) return;
    setState({ status: 'saving' });
    const result = await api.saveAppFile(request);
    if (!result.ok && result.error.code === 'CANCELLED') return setState({ status: 'idle' });
    setState(result.ok ? { status: 'saved', saved: result.value } : { status: 'error', message: result.error.message });
    focusResult();
  };

  const follow = async (action: 'show' | 'open') => {
    const api = getApi();
    if (!api || state.status !== 'saved') return;
    const request = { savedId: state.saved.savedId };
    const result = action === 'show' ? await api.showExportInFolder(request) : await api.openExport(request);
    setState({ ...state, followUp: result.ok ? undefined : result.error.message });
  };

  return { state, save, show: () => follow('show'), open: () => follow('open'), resultRef };
}
