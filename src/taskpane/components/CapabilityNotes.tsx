import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Capabilities } from "../plan/host-info";
import type { Messages } from "../i18n";

/** Says which checks are weaker on this host instead of silently skipping them. */
export function CapabilityNotes({ t, capabilities }: { t: Messages; capabilities: Capabilities }) {
  return (
    <>
      {!capabilities.merges && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.mergedUnsupported}</MessageBarBody>
        </MessageBar>
      )}
      {!capabilities.cellProperties && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.cellPropertiesUnsupported}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
