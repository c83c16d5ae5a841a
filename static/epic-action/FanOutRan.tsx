import { Text } from '@atlaskit/primitives';
import { useEffect, useRef } from 'react';
import { useResolver } from '@ui/use-resolver';
import { through } from '../panel/provenance/RanSummary';
import { formatWhen } from '../panel/provenance/when';

/**
 * Who started the epic's latest fan-out, when, and through which Automation rule or the Rovo
 * agent, as the panel says it (`provenance/get`): a run a rule made shows here like any other.
 * Read again whenever the run shown changes (`runKey`).
 */
export function FanOutRan({ runKey }: { runKey: string }) {
  const [provenance, reload] = useResolver('provenance/get', {});
  const asked = useRef(runKey);
  useEffect(() => {
    if (asked.current === runKey) return;
    asked.current = runKey;
    reload();
  }, [runKey, reload]);
  if (provenance.status !== 'ready') return null;
  const ran = provenance.data.ran;
  if (!ran || ran.kind !== 'fan-out') return null;
  return (
    <Text color="color.text.subtle" testId="fan-out-ran">
      {`Last run ${formatWhen(ran.at)}${ran.by ? ` by ${ran.by}` : ''}${through(ran)}.`}
    </Text>
  );
}
