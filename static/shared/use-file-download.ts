import { useState } from 'react';
import type { Envelope, ResolverError } from '../../src/contract';
import { downloadFile, type ExportFile } from './download-file';

/**
 * Asks a resolver for a file in one of `F` formats and hands it to the browser, with what the
 * buttons show: which format is being fetched, the error, and a line saying what was saved.
 */
export function useFileDownload<F extends string>(
  fetchFile: (format: F) => Promise<Envelope<ExportFile>>,
) {
  const [busy, setBusy] = useState<F | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [done, setDone] = useState('');

  const download = async (format: F) => {
    setBusy(format);
    setError(null);
    setDone('');
    const answer = await fetchFile(format);
    setBusy(null);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    downloadFile(answer.data);
    setDone(`Downloaded ${answer.data.fileName}.`);
  };

  return { busy, error, done, download };
}
