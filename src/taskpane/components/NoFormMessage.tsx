import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Messages } from "../i18n";

export function NoFormMessage({ t, headers }: { t: Messages; headers: string[] }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.noFormTitle}</MessageBarTitle>
        {t.noForm(headers)}
      </MessageBarBody>
    </MessageBar>
  );
}
